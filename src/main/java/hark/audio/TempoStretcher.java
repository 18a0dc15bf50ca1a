package hark.audio;

import java.util.Arrays;

/**
 * Changes tempo without changing pitch, block by block, so that the speed can change in the middle of a
 * sentence. Samples go in with {@link #write}, come out with {@link #read}. Not thread-safe.
 *
 * <p>First version: passes audio through unchanged.
 */
public final class TempoStretcher {
    private final int sampleRate;
    private double speed = 1.0;
    private short[] queue = new short[0];
    private int queued;

    public TempoStretcher(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    /** Takes effect from the next block processed. */
    public void setSpeed(double speed) {
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public void write(short[] samples, int offset, int length) {
        if (queued + length > queue.length) {
            queue = Arrays.copyOf(queue, Math.max(queue.length * 2, queued + length));
        }
        System.arraycopy(samples, offset, queue, queued, length);
        queued += length;
    }

    /** Marks the end of input, so that everything still held is made available to {@link #read}. */
    public void flush() {}

    /** @return how many samples were copied into {@code out}; 0 when none are ready */
    public int read(short[] out, int offset, int length) {
        int n = Math.min(length, queued);
        System.arraycopy(queue, 0, out, offset, n);
        System.arraycopy(queue, n, queue, 0, queued - n);
        queued -= n;
        return n;
    }

    /** Drops everything held, as on a skip. */
    public void clear() {
        queued = 0;
    }
}
