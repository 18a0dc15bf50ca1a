package hark.bench;

import hark.audio.AudioSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wraps the real sink and time-stamps every write (when it returned, its length and a hash of its samples, so
 * that {@link LatencyBench} can tell by content which write carried a given stretch of the played file) and every
 * halt. Held in memory, so the playback thread does no I/O, and written to a file on {@link #close}. Thread-safe.
 */
final class StampedSink implements AudioSink {
    private final AudioSink sink;
    private final Path log;
    private final List<String> lines = new ArrayList<>();

    StampedSink(AudioSink sink, Path log) {
        this.sink = sink;
        this.log = log;
    }

    static long hash(short[] samples, int offset, int length) {
        return Arrays.hashCode(Arrays.copyOfRange(samples, offset, offset + length));
    }

    @Override
    public void write(short[] samples, int offset, int length) {
        long hash = hash(samples, offset, length);
        sink.write(samples, offset, length);
        long now = System.nanoTime();
        synchronized (lines) {
            lines.add("W " + now + " " + length + " " + hash);
        }
    }

    @Override
    public void halt() {
        long now = System.nanoTime();
        sink.halt();
        synchronized (lines) {
            lines.add("H " + now);
        }
    }

    @Override
    public void drain() {
        sink.drain();
    }

    @Override
    public long framesPlayed() {
        return sink.framesPlayed();
    }

    @Override
    public void close() {
        sink.close();
        synchronized (lines) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                lines.forEach(out::println);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
