package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.audio.AlsaFileDevice;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Signals in the middle of listening, on the whole program in a child JVM (real FreeTTS, the real Java Sound line
 * writing to a file): SIGTERM and SIGHUP save the place as Q does, so the next run resumes there; SIGKILL cannot
 * be caught, and leaves the last saved place whole.
 */
@Slow
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX signals")
class SignalEndToEndTest {
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

    @Test
    void sigtermSavesThePlaceAndTheNextRunResumesThere() throws Exception {
        endAtParagraphThree(Process::destroy, 143);
        assertResumesAtParagraphThree();
    }

    @Test
    void sighupSavesThePlaceAndTheNextRunResumesThere() throws Exception {
        endAtParagraphThree(p -> signal(p, "HUP"), 129);
        assertResumesAtParagraphThree();
    }

    @Test
    void sigkillLeavesTheLastSavedPlaceWhole() throws Exception {
        endAtParagraphThree(Process::destroy, 143);
        try (Listener killed = new Listener()) {
            await("the resume notice", () -> killed.screen().contains("Resuming at paragraph 3."));
            killed.type(DOWN);
            await("the move", () -> killed.screen().contains("Paragraph 4 of"));
            killed.process.destroyForcibly(); // SIGKILL: nothing runs, the saved file must still be whole
            assertThat(killed.process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
        for (Path file : positionFiles()) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            assertThat(p.getProperty("position")).as("the place saved by SIGTERM, in %s", file).isNotBlank();
        }
        assertResumesAtParagraphThree();
    }

    /** Moves to paragraph 3 while listening, then ends hark with a signal; it exits with 128 + the signal. */
    private void endAtParagraphThree(SignalSender signal, int exitCode) throws Exception {
        try (Listener first = new Listener()) {
            await("the first audio", () -> device.size() > 0);
            first.type(DOWN + DOWN);
            await("the move", () -> first.screen().contains("Paragraph 3 of"));
            signal.send(first.process);
            assertThat(first.process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("hark exits").isTrue();
            assertThat(first.process.exitValue()).as("the exit code after a signal").isEqualTo(exitCode);
            assertThat(first.screen()).doesNotContain("Exception", "\tat ");
        }
        assertThat(positionFiles()).as("the positions folder").hasSize(1);
    }

    private void assertResumesAtParagraphThree() throws Exception {
        try (Listener next = new Listener()) {
            await("the resume notice", () -> next.screen().contains("Resuming at paragraph 3."));
            next.type("q");
            assertThat(next.process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    private List<Path> positionFiles() throws IOException {
        Path folder = device.home().resolve("state").resolve("hark").resolve("positions");
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static void signal(Process process, String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(kill.exitValue()).as("kill -%s", name).isZero();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @FunctionalInterface
    private interface SignalSender {
        void send(Process process) throws Exception;
    }

    /** `hark --plain examples/welcome.html`, output to a file (a pipe loses the last lines), keys on stdin. */
    private final class Listener implements AutoCloseable {
        final Process process;
        final Path output;
        final OutputStream keys;

        Listener() throws IOException {
            output = Files.createTempFile(device.home(), "screen", ".txt");
            ProcessBuilder builder = device.java(Main.class, "--plain", "examples/welcome.html")
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("XDG_STATE_HOME", device.home().resolve("state").toString());
            builder.environment().remove("TERM");
            process = builder.start();
            keys = process.getOutputStream();
        }

        void type(String bytes) throws IOException {
            keys.write(bytes.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        String screen() {
            try {
                return Files.readString(output, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
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
}
