package hark.player;

/**
 * Everything the listener can ask for while listening, one per key. The {@link PlaybackEngine} carries out the
 * ones that move or change playback ({@link #playback()}); the listening session answers the rest (status,
 * search, bookmarks, help, quitting). {@link #IGNORE} is what every unbound key reads as.
 */
public enum Command {
    TOGGLE_PAUSE(true),
    NEXT_SENTENCE(true),
    /** ← : restarts the sentence, or goes to the previous one when the current one has only just begun. */
    BACK(true),
    NEXT_PARAGRAPH(true),
    PREVIOUS_PARAGRAPH(true),
    NEXT_SECTION(true),
    PREVIOUS_SECTION(true),
    START(true),
    END(true),
    FASTER(true),
    SLOWER(true),
    MUCH_FASTER(true),
    MUCH_SLOWER(true),
    NORMAL_SPEED(true),
    REPEAT(true),
    NEXT_VOICE(true),
    SPEAK_STATUS(false),
    SEARCH(false),
    BOOKMARK(false),
    NEXT_BOOKMARK(false),
    HELP(false),
    QUIT(false),
    QUIT_REMEMBER(false),
    IGNORE(false);

    private final boolean playback;

    Command(boolean playback) {
        this.playback = playback;
    }

    /** @return true if the {@link PlaybackEngine} carries it out; it ignores the others */
    public boolean playback() {
        return playback;
    }
}
