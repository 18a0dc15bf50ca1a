package hark.audio;

import java.util.Arrays;

/**
 * A growable first-in first-out buffer of samples whose unread part is one contiguous slice of an array, so
 * that signal code can index it directly ({@link #array()} from {@link #start()}). Not thread-safe.
 */
final class ShortQueue {
    private short[] data = new short[4096];
    private int start;
    private int end;

    int size() {
        return end - start;
    }

    /** The backing array; valid samples are {@code array()[start() .. start() + size())}. */
    short[] array() {
        return data;
    }

    int start() {
        return start;
    }

    void append(short[] samples, int offset, int length) {
        reserve(length);
        System.arraycopy(samples, offset, data, end, length);
        end += length;
    }

    void appendSilence(int length) {
        reserve(length);
        Arrays.fill(data, end, end + length, (short) 0);
        end += length;
    }

    /** Makes room for {@code length} more samples and returns the index where they go; call {@link #commit}. */
    int reserve(int length) {
        if (end + length > data.length) {
            int live = size();
            short[] target = live + length > data.length / 2 ? new short[Math.max(data.length * 2, live + length)]
                    : data;
            System.arraycopy(data, start, target, 0, live);
            data = target;
            start = 0;
            end = live;
        }
        return end;
    }

    void commit(int length) {
        end += length;
    }

    /** Drops {@code length} samples from the front. */
    void skip(int length) {
        start += Math.min(length, size());
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    /** Moves up to {@code length} samples from the front into {@code out}; returns how many. */
    int take(short[] out, int offset, int length) {
        int n = Math.min(length, size());
        System.arraycopy(data, start, out, offset, n);
        skip(n);
        return n;
    }

    /** Drops up to {@code length} samples from the back. */
    void truncate(int length) {
        end -= Math.min(length, size());
    }

    void clear() {
        start = 0;
        end = 0;
    }
}
