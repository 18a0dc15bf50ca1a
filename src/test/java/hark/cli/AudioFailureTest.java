package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import hark.Slow;
import hark.audio.AudioSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sound device fails in the middle of an article (unplugged, the sound server gone): hark stops, keeps the
 * place as Q would, and exits with the audio code and one line that says so. The whole command line runs, with
 * real FreeTTS, on a sound device that fails after a number of writes.
 */
@Slow // the whole command line with the FreeTTS voice
class AudioFailureTest {
    private Path root;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createTempDirectory("hark-audio-failure-");
    }

    @AfterEach
    void restore() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void aSoundDeviceThatFailsMidArticleEndsInOneLineTheAudioCodeAndASavedPlace() throws Exception {
        PipedOutputStream noKeys = new PipedOutputStream();
        ExternalTerminal terminal = new ExternalTerminal("test", "xterm", new PipedInputStream(noKeys),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner().folders(root.resolve("config"), root.resolve("state")).tty(new Tty(true, true)).terminal(terminal)
                .sinks(rate -> new FailingSink(400));

        int code = cli.run("--plain", "examples/welcome.html");

        assertThat(code).as(cli.err()).isEqualTo(HarkException.AUDIO);
        String line = cli.err().strip();
        assertThat(line).doesNotContain("\n").doesNotContain("Exception")
                .contains("the sound device went away").containsPattern("the place is saved.*paragraph \\d+");
        List<Path> saved;
        try (Stream<Path> files = Files.list(root.resolve("state").resolve("positions"))) {
            saved = files.toList();
        }
        assertThat(saved).hasSize(1);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(saved.get(0), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        assertThat(p.getProperty("position")).isNotBlank();
        terminal.close();
    }

    /** Takes audio at once until the {@code failAt}-th write, then fails as a vanished device does. */
    private static final class FailingSink implements AudioSink {
        private final int failAt;
        private final AtomicInteger writes = new AtomicInteger();

        FailingSink(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void write(short[] samples, int offset, int length) {
            if (writes.incrementAndGet() >= failAt) {
                throw new HarkException(HarkException.AUDIO, "the sound device went away");
            }
        }

        @Override
        public void halt() {}

        @Override
        public void drain() {}

        @Override
        public long framesPlayed() {
            return 0;
        }

        @Override
        public void close() {}
    }
}
