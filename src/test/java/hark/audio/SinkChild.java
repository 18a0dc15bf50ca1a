package hark.audio;

import hark.HarkException;

/**
 * The child JVM of {@link JavaSoundSinkTest}: plays through a {@link JavaSoundSink} on whatever ALSA device
 * its HOME gives it, and reports on stdout. Modes: {@code pattern SECONDS} plays {@link #pattern} and drains;
 * {@code halt SECONDS MILLIS} plays and halts after MILLIS. A {@link HarkException} prints its message on
 * stderr and exits with its code, as hark does.
 */
public final class SinkChild {
    static final int RATE = 16000;

    private SinkChild() {}

    /** A sweep plus a counter: every sample differs from its neighbours, so a lost or doubled block shows. */
    static short[] pattern(double seconds) {
        short[] s = new short[(int) (RATE * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (Math.sin(i * (0.01 + i * 1e-7)) * 12000 + (i % 97) - 48);
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        try (JavaSoundSink sink = new JavaSoundSink(RATE)) {
            short[] audio = pattern(Double.parseDouble(args[1]));
            long start = System.nanoTime();
            if (args[0].equals("pattern")) {
                sink.write(audio, 0, audio.length);
                sink.drain();
            } else {
                Thread writer = new Thread(() -> sink.write(audio, 0, audio.length));
                writer.start();
                Thread.sleep(Long.parseLong(args[2]));
                long haltedAt = System.nanoTime();
                sink.halt();
                writer.join();
                System.out.println("halted-after-ms " + (haltedAt - start) / 1_000_000);
                System.out.println("played-at-halt " + sink.framesPlayed());
            }
            System.out.println("elapsed-ms " + (System.nanoTime() - start) / 1_000_000);
            System.out.println("buffer-ms " + sink.bufferMillis());
        } catch (HarkException e) {
            System.err.println(e.getMessage());
            System.exit(e.exitCode());
        }
    }
}
