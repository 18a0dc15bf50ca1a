package hark.audio;

import hark.HarkException;
import hark.pcm.PcmBytes;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays mono 16-bit audio through the default javax.sound {@link SourceDataLine} (ALSA's "default" on Linux),
 * in blocks of at most 20 ms into a line buffer of at most 100 ms, so that pause and skip are heard at once.
 *
 * <p>The sink also keeps its own clock of what has been heard, and never lets the audio written run more than
 * the line buffer ahead of it. A real device blocks on its own; a device that swallows data at once (ALSA's
 * null or file plugins, as in tests without a sound card) is thereby paced like a real one.
 *
 * <p>Thread safety: one thread writes; {@link #halt}, {@link #framesPlayed} and {@link #close} may be called
 * from any thread. A halt, or an interrupt of the writing thread, makes a write in progress return early.
 */
public final class JavaSoundSink implements AudioSink {
    static final int BLOCK_MS = 20;
    static final int BUFFER_MS = 100;

    private final SourceDataLine line;
    private final int sampleRate;
    private final int blockFrames;
    private final int bufferFrames;
    private final byte[] block;
    private final Object lock = new Object();
    // The clock, guarded by lock: frames still queued are (written - discarded) - played(now).
    private long written;
    private long discarded;
    private long baseFrames;
    private long baseNanos = System.nanoTime();
    private long generation;

    public JavaSoundSink(int sampleRate) {
        this(openLine(sampleRate), sampleRate);
    }

    /** A sink on a line already open at {@code sampleRate}, 16-bit mono little-endian; tests give a failing one. */
    JavaSoundSink(SourceDataLine line, int sampleRate) {
        this.sampleRate = sampleRate;
        this.line = line;
        int wantedBytes = wantedBytes(sampleRate);
        blockFrames = Math.max(1, sampleRate * BLOCK_MS / 1000);
        bufferFrames = Math.max(blockFrames, Math.min(wantedBytes, line.getBufferSize()) / 2);
        block = new byte[blockFrames * 2];
        line.start();
    }

    private static int wantedBytes(int sampleRate) {
        return sampleRate * BUFFER_MS / 1000 * 2;
    }

    private static SourceDataLine openLine(int sampleRate) {
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, wantedBytes(sampleRate));
            return line;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new HarkException(HarkException.AUDIO, "no sound device: Java Sound found no audio output to "
                    + "play on; render to a file instead with -o out.wav", e);
        }
    }

    /** The line buffer actually granted by the device, in milliseconds. */
    public int bufferMillis() {
        return line.getBufferSize() / 2 * 1000 / sampleRate;
    }

    @Override
    public void write(short[] samples, int offset, int length) {
        long myGeneration;
        synchronized (lock) {
            myGeneration = generation;
        }
        int done = 0;
        while (done < length) {
            int n = Math.min(blockFrames, length - done);
            long waitNanos;
            synchronized (lock) {
                if (generation != myGeneration) {
                    return; // halted meanwhile: the rest is not wanted
                }
                long now = System.nanoTime();
                waitNanos = (queued(now) + n - bufferFrames) * 1_000_000_000L / sampleRate;
            }
            if (waitNanos > 0) {
                if (!sleep(waitNanos)) {
                    return; // interrupted: the caller is stopping; the flag stays set for it
                }
                continue;
            }
            PcmBytes.toLittleEndian(samples, offset + done, n, block);
            if (!line.isRunning()) {
                line.start();
            }
            int bytes = writeToLine(n * 2);
            boolean stale;
            synchronized (lock) {
                stale = generation != myGeneration;
                if (!stale) {
                    long now = System.nanoTime();
                    if (queued(now) == 0) {
                        rebase(now); // the line ran dry: the clock starts again from here
                    }
                    written += bytes / 2;
                }
            }
            if (stale) {
                // A halt came between the check above and this write: take back the block it let through.
                line.stop();
                line.flush();
                return;
            }
            if (bytes < n * 2) {
                if (!line.isOpen()) {
                    return; // closed by the session as it ends: nothing more is wanted
                }
                // Java Sound returns short, with no exception, when the device fails underneath (unplugged,
                // the sound server gone); going on would race through the article in silence.
                throw new HarkException(HarkException.AUDIO, "the sound device stopped taking audio while playing");
            }
            done += n;
        }
    }

    private int writeToLine(int bytes) {
        try {
            return line.write(block, 0, bytes);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new HarkException(HarkException.AUDIO, "the sound device failed while playing (" + e.getMessage()
                    + ")", e);
        }
    }

    @Override
    public void halt() {
        synchronized (lock) {
            generation++;
            long now = System.nanoTime();
            discarded += queued(now);
            rebase(now);
        }
        line.stop();
        line.flush();
    }

    @Override
    public void drain() {
        line.drain();
        long waitNanos;
        synchronized (lock) {
            waitNanos = queued(System.nanoTime()) * 1_000_000_000L / sampleRate;
        }
        if (waitNanos > 0) {
            sleep(waitNanos);
        }
    }

    @Override
    public long framesPlayed() {
        synchronized (lock) {
            long now = System.nanoTime();
            return written - discarded - queued(now);
        }
    }

    @Override
    public void close() {
        line.close();
    }

    /** Frames written but not yet heard by the clock; lock held. */
    private long queued(long now) {
        long heard = baseFrames + (now - baseNanos) * sampleRate / 1_000_000_000L;
        return Math.max(0, written - discarded - heard);
    }

    private void rebase(long now) {
        baseFrames = written - discarded;
        baseNanos = now;
    }

    /** @return false if interrupted (the interrupt flag is set again) */
    private static boolean sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
