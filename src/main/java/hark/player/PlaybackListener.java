package hark.player;

/** Hears from the playback thread; implementations must be thread-safe and return quickly. */
public interface PlaybackListener {
    /** The first audio of a sentence is being written to the sound device. */
    void sentenceStarted(Snapshot snapshot);

    /** The last sentence has been heard, or playback failed ({@link PlaybackEngine#failure()}). */
    void ended(Snapshot snapshot);
}
