package hark.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A sound device for end-to-end tests on a machine without a sound card: a temporary HOME whose
 * {@code .asoundrc} points ALSA's default device at a file, so that a child JVM started with that HOME opens a
 * real javax.sound line (Java Sound lists ALSA's "default" only when it can be opened) and every byte it plays
 * lands in {@link #output()} as raw little-endian 16-bit samples, exactly as written.
 *
 * <p>The ALSA null device behind the file takes data at once; {@link JavaSoundSink} paces itself, so the bytes
 * still arrive at the speed of playback, at most about 100 ms ahead. {@link #record()} time-stamps arrivals,
 * for measuring how soon a pause, a skip or a speed change is heard.
 *
 * <pre>{@code
 * try (AlsaFileDevice device = AlsaFileDevice.create()) {
 *     Process p = device.java(MyPlayerMain.class, "arg").start();   // HOME and classpath already set
 *     AlsaFileDevice.Arrivals arrivals = device.record();
 *     ... p.waitFor(); arrivals.stop();
 *     short[] heard = device.samples();
 * }
 * }</pre>
 *
 * {@link #missing()} gives a HOME whose default device does not exist, to test the no-sound-card message.
 * Thread safety: the device may be read from any thread while the child writes.
 */
public final class AlsaFileDevice implements AutoCloseable {
    private final Path home;
    private final Path output;

    private AlsaFileDevice(Path home, Path output) {
        this.home = home;
        this.output = output;
    }

    /** A HOME whose ALSA default device writes raw audio to {@link #output()}. */
    public static AlsaFileDevice create() throws IOException {
        Path home = Files.createTempDirectory("hark-alsa-");
        Path output = home.resolve("out.raw");
        Files.writeString(home.resolve(".asoundrc"), "pcm.!default { type file; slave.pcm \"null\"; file \""
                + output + "\"; format \"raw\" }\n");
        return new AlsaFileDevice(home, output);
    }

    /** A HOME whose ALSA default device points at a device that does not exist: no sound card. */
    public static AlsaFileDevice missing() throws IOException {
        Path home = Files.createTempDirectory("hark-alsa-");
        Files.writeString(home.resolve(".asoundrc"), "pcm.!default { type plug; slave.pcm \"hark_no_such_pcm\" }\n");
        return new AlsaFileDevice(home, home.resolve("out.raw"));
    }

    public Path home() {
        return home;
    }

    /** Where the played bytes go; absent until the child opens the device. */
    public Path output() {
        return output;
    }

    /** A child JVM on this test run's classpath with HOME set to {@link #home()}; not started. */
    public ProcessBuilder java(Class<?> main, String... args) {
        return java(main.getName(), args);
    }

    public ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", home.toString());
        // ALSA also reads $XDG_CONFIG_HOME/alsa/asoundrc: keep the user's own settings out.
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        return builder;
    }

    public long size() {
        try {
            return Files.exists(output) ? Files.size(output) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() throws IOException {
        return Files.exists(output) ? Files.readAllBytes(output) : new byte[0];
    }

    /** What was played, as samples (the file holds little-endian 16-bit mono). */
    public short[] samples() throws IOException {
        byte[] raw = bytes();
        short[] samples = new short[raw.length / 2];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    /** Starts time-stamping arrivals: the output's size is polled every millisecond until stopped. */
    public Arrivals record() {
        return new Arrivals(this);
    }

    /**
     * Deletes the temporary HOME and the played audio. A child that is still exiting (a killed tmux session's shell,
     * hark saving its state) may write into it meanwhile, so a few rounds are tried; what is left is only a
     * temporary folder, never a reason to fail the test.
     */
    @Override
    public void close() throws IOException {
        for (int round = 0; round < 5 && Files.exists(home); round++) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Time-stamped sizes of the output file: (System.nanoTime(), bytes) each time it grew. */
    public static final class Arrivals {
        /** One growth of the file. */
        public record Arrival(long nanos, long bytes) {}

        private final List<Arrival> log = new ArrayList<>();
        private final Thread poller;
        private volatile boolean running = true;

        private Arrivals(AlsaFileDevice device) {
            poller = new Thread(() -> {
                long last = -1;
                while (running) {
                    long size = device.size();
                    if (size != last) {
                        synchronized (log) {
                            log.add(new Arrival(System.nanoTime(), size));
                        }
                        last = size;
                    }
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "alsa-file-arrivals");
            poller.setDaemon(true);
            poller.start();
        }

        public List<Arrival> stop() throws InterruptedException {
            running = false;
            poller.join();
            return list();
        }

        public List<Arrival> list() {
            synchronized (log) {
                return List.copyOf(log);
            }
        }

        /** The file's size at a moment (as System.nanoTime()). */
        public long bytesAt(long nanos) {
            long bytes = 0;
            for (Arrival a : list()) {
                if (a.nanos() <= nanos) {
                    bytes = a.bytes();
                }
            }
            return bytes;
        }
    }
}
