package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM in the middle of a full-screen session still gives the screen back (alternate screen, cursor). */
@Slow
class SigtermTest {
    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGTERM is a POSIX signal")
    void sigtermRestoresTheScreen(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A file, not a pipe: the JDK closes a child's pipe when it exits, losing what it wrote last.
        Path screenFile = dir.resolve("screen.txt");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SigtermChild.class.getName()).redirectErrorStream(true).redirectOutput(screenFile.toFile()).start();
        try {
            SessionHarness.await(() -> read(screenFile).contains("First sentence"), "the child to draw its screen");
            assertThat(read(screenFile)).contains("\u001B[?1049h").doesNotContain("\u001B[?1049l");
            child.destroy(); // SIGTERM
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(read(screenFile)).contains("\u001B[?1049l").containsPattern("\u001B\\[\\?(12;)?25h");
        } finally {
            child.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
