package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child process with no tty, keys on a piped stdin and output to a file: the system terminal JLine gives it
 * is a dumb one, so the session prints plain lines and still takes its keys from stdin bytes.
 */
@Slow
class PipedStdinTest {
    @Test
    void keysFromAPipedStdinDriveASessionWithoutATty(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.txt");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PipedStdinChild.class.getName()).redirectOutput(out.toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try (OutputStream keys = child.getOutputStream()) {
            SessionHarness.await(() -> read(out).contains("First sentence of the first paragraph."), "a sentence");
            keys.write(" ".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            SessionHarness.await(() -> read(out).contains("Paused."), "the pause");
            keys.write(" \u001B[C".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            SessionHarness.await(() -> read(out).contains("Second sentence of the first paragraph."), "the skip");
            keys.write("q".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).isZero();
        String screen = read(out);
        assertThat(screen).doesNotContain("\u001B").contains("Playing.").contains("Stopped at paragraph 1 of 3.")
                .contains("exit 0 type dumb");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
