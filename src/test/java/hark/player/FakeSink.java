package hark.player;

import hark.audio.AudioSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sound device in memory: it holds at most 100 ms, plays it out in real time (times {@code pace}), blocks
 * writers while full, and records every write with its time and whether it held speech or silence. Thread-safe.
 */
public final class FakeSink implements AudioSink {
    public record Write(long nanos, int frames, boolean speech) {}

    private final int rate;
    private double pace;
    private final int capacity;
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final List<Long> halts = new CopyOnWriteArrayList<>();
    private long queued;
    private long played;
    private long lastNanos = System.nanoTime();
    private double carry;
    private volatile RuntimeException failOnWrite;
    private volatile int failAfter = -1;

    public FakeSink(int rate, double pace) {
        this.rate = rate;
        this.pace = pace;
        this.capacity = rate / 10;
    }

    /**
     * Plays faster (or slower) from now on: a test that has seen what it waited for lets the rest play out
     * quickly instead of in real time.
     */
    public synchronized void pace(double pace) {
        advance();
        this.pace = pace;
    }

    /** From the {@code after}-th write on, writes throw {@code e}. */
    public void failAfter(int after, RuntimeException e) {
        this.failAfter = after;
        this.failOnWrite = e;
    }

    private synchronized void advance() {
        long now = System.nanoTime();
        carry += (now - lastNanos) / 1e9 * rate * pace;
        lastNanos = now;
        long n = Math.min(queued, (long) carry);
        carry -= (long) carry;
        queued -= n;
        played += n;
    }

    @Override
    public void write(short[] samples, int offset, int length) {
        if (failAfter >= 0 && writes.size() >= failAfter) {
            throw failOnWrite;
        }
        boolean speech = false;
        for (int i = offset; i < offset + length; i++) {
            speech |= samples[i] != 0;
        }
        writes.add(new Write(System.nanoTime(), length, speech));
        while (true) {
            synchronized (this) {
                advance();
                if (queued + length <= capacity) {
                    queued += length;
                    return;
                }
            }
            sleep();
        }
    }

    @Override
    public synchronized void halt() {
        advance();
        queued = 0;
        halts.add(System.nanoTime());
    }

    @Override
    public void drain() {
        while (true) {
            synchronized (this) {
                advance();
                if (queued == 0) {
                    return;
                }
            }
            sleep();
        }
    }

    @Override
    public synchronized long framesPlayed() {
        advance();
        return played;
    }

    @Override
    public void close() {}

    public List<Write> writes() {
        return writes;
    }

    public long haltsAfter(long nanos) {
        return halts.stream().filter(t -> t > nanos).count();
    }

    public long lastHalt() {
        return halts.isEmpty() ? 0 : halts.get(halts.size() - 1);
    }

    public long speechWritesAfter(long nanos) {
        return writes.stream().filter(w -> w.nanos() > nanos && w.speech()).count();
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
