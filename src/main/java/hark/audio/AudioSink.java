package hark.audio;

/** Where the player sends audio: a sound device, or a fake in tests. */
public interface AudioSink extends AutoCloseable {
    /** Queues samples for output, blocking while the device buffer is full. */
    void write(short[] samples, int offset, int length);

    /** Stops output at once and discards what is queued; used by pause and skip. */
    void halt();

    /** Waits until everything written has been heard. */
    void drain();

    /** Frames the device has played since it was opened. */
    long framesPlayed();

    @Override
    void close();
}
