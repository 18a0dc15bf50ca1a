package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.audio.AlsaFileDevice;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole program as a listener runs it: `hark --plain examples/welcome.html` in a child JVM with no terminal,
 * real FreeTTS, and the real Java Sound line, whose ALSA default device writes to a file. Keys are bytes on the
 * child's stdin.
 */
@Slow
class ListeningEndToEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DOWN = "\u001b[B";

    private AlsaFileDevice device;

    @BeforeEach
    void makeDevice() throws IOException {
        device = AlsaFileDevice.create();
    }

    @AfterEach
    void removeDevice() throws IOException {
        device.close();
    }

    /** A running hark; its output goes to a file, because a pipe loses the last lines when the child exits. */
    private final class Listener implements AutoCloseable {
        final Process process;
        final Path output;
        final OutputStream keys;

        Listener(String... args) throws IOException {
            output = Files.createTempFile(device.home(), "screen", ".txt");
            String[] all = new String[args.length + 2];
            all[0] = "--plain";
            System.arraycopy(args, 0, all, 1, args.length);
            all[all.length - 1] = "examples/welcome.html";
            ProcessBuilder builder = device.java(Main.class, all).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // Saved positions and settings stay inside this test's HOME.
            builder.environment().put("XDG_STATE_HOME", device.home().resolve("state").toString());
            builder.environment().remove("TERM");
            process = builder.start();
            keys = process.getOutputStream();
        }

        void type(String bytes) throws IOException {
            keys.write(bytes.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        String screen() throws IOException {
            return Files.readString(output, StandardCharsets.UTF_8);
        }

        int quit(String key) throws Exception {
            type(key);
            assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("hark exits on %s", key).isTrue();
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void pauseStopsTheSoundAndSpaceResumesIt() throws Exception {
        try (Listener hark = new Listener()) {
            await("the first audio", () -> device.size() > 32_000);
            hark.type(" ");
            Thread.sleep(400); // pause takes effect well within this
            long paused = device.size();
            Thread.sleep(1_000);
            assertThat(device.size()).as("bytes that arrived while paused").isEqualTo(paused);

            hark.type(" ");
            await("audio after resuming", () -> device.size() > paused + 16_000);
            hark.type("]");
            await("the speed line", () -> screenOf(hark).contains("Speed 1.1x."));
            assertThat(hark.quit("q")).isZero();
            assertThat(hark.screen()).contains("Paused.", "Playing.").doesNotContain("\u001b");
        }
    }

    @Test
    void capitalQRemembersThePositionAndTheNextRunResumesThere() throws Exception {
        try (Listener first = new Listener()) {
            await("the first audio", () -> device.size() > 0);
            first.type(DOWN + DOWN);
            await("the move", () -> screenOf(first).contains("Paragraph 3 of"));
            assertThat(first.quit("Q")).isZero();
        }
        try (Listener second = new Listener()) {
            await("the resume notice", () -> screenOf(second).contains("Resuming at paragraph 3."));
            assertThat(second.quit("q")).isZero();
        }
        try (Listener fresh = new Listener("--from-start")) {
            await("the first audio", () -> screenOf(fresh).contains("Press ? for the keys"));
            assertThat(fresh.quit("q")).isZero();
            assertThat(fresh.screen()).doesNotContain("Resuming");
        }
    }

    private static String screenOf(Listener listener) {
        try {
            return listener.screen();
        } catch (IOException e) {
            return "";
        }
    }
}
