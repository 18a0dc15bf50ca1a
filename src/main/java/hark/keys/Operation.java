package hark.keys;

/** Everything a key can ask for while listening. {@link #IGNORE} is what every unbound key reads as. */
public enum Operation {
    TOGGLE_PAUSE,
    NEXT_SENTENCE,
    BACK,
    NEXT_PARAGRAPH,
    PREVIOUS_PARAGRAPH,
    NEXT_SECTION,
    PREVIOUS_SECTION,
    START,
    END,
    FASTER,
    SLOWER,
    MUCH_FASTER,
    MUCH_SLOWER,
    NORMAL_SPEED,
    REPEAT,
    NEXT_VOICE,
    SPEAK_STATUS,
    SEARCH,
    BOOKMARK,
    NEXT_BOOKMARK,
    HELP,
    QUIT,
    QUIT_REMEMBER,
    IGNORE
}
