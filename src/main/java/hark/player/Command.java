package hark.player;

/** What the listener can ask the {@link PlaybackEngine} to do; the key controller maps keys to these. */
public enum Command {
    TOGGLE_PAUSE,
    /** ← : restarts the sentence, or goes to the previous one when the current one has only just begun. */
    BACK,
    NEXT_SENTENCE,
    PREVIOUS_SENTENCE,
    NEXT_PARAGRAPH,
    PREVIOUS_PARAGRAPH,
    NEXT_SECTION,
    PREVIOUS_SECTION,
    START,
    END,
    REPEAT,
    FASTER,
    SLOWER,
    MUCH_FASTER,
    MUCH_SLOWER,
    NORMAL_SPEED,
    NEXT_VOICE
}
