package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import hark.Slow;
import hark.audio.AudioSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the listening terminal is opened on its own thread beside the voice and the sound device, not on the
 * thread that reads the article and then plays it; and a terminal opened for an article that could not be read
 * is closed (given back) all the same.
 */
class TerminalStartupTest {
    private Path root;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createTempDirectory("hark-terminal-startup-");
    }

    @AfterEach
    void restore() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A terminal whose keys are typed in advance, and which says when it is closed. */
    private static final class KeysTerminal extends ExternalTerminal {
        final CountDownLatch closed = new CountDownLatch(1);

        KeysTerminal(String typed) throws IOException {
            super("test", "xterm", new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        }

        @Override
        protected void doClose() throws IOException {
            super.doClose();
            closed.countDown();
        }
    }

    @Test
    @Slow // listens to a whole article with the FreeTTS voice
    void theTerminalIsOpenedOnItsOwnThreadNotOnTheOneThatReadsAndPlays() throws Exception {
        KeysTerminal terminal = new KeysTerminal("q");
        CompletableFuture<Thread> openedOn = new CompletableFuture<>();
        CliRunner cli = new CliRunner().folders(root.resolve("config"), root.resolve("state")).sinks(rate -> new QuietSink()).terminals(() -> {
            openedOn.complete(Thread.currentThread());
            return terminal;
        });

        int code = cli.run("--plain", "examples/welcome.html");

        assertThat(code).as(cli.err()).isZero();
        assertThat(openedOn.getNow(null)).isNotNull().isNotSameAs(Thread.currentThread())
                .extracting(Thread::getName).isEqualTo("hark-open-terminal");
        assertThat(terminal.closed.getCount()).as("closed after the session").isZero();
    }

    @Test
    void aTerminalOpenedForAnArticleThatCannotBeReadIsClosed() throws Exception {
        KeysTerminal terminal = new KeysTerminal("");
        CliRunner cli = new CliRunner().folders(root.resolve("config"), root.resolve("state")).sinks(rate -> new QuietSink()).terminals(() -> terminal);

        int code = cli.run("--plain", root.resolve("no-such-article.html").toString());

        assertThat(code).isEqualTo(HarkException.INPUT);
        assertThat(terminal.closed.await(60, TimeUnit.SECONDS)).as("closed once opened").isTrue();
    }

    @Test
    @Slow // renders a whole article with the FreeTTS voice
    void renderingToAFileOpensNoTerminal() throws Exception {
        CliRunner cli = new CliRunner().folders(root.resolve("config"), root.resolve("state")).terminals(() -> {
            throw new AssertionError("a terminal was opened");
        });
        Path wav = root.resolve("out.wav");
        assertThat(cli.run("-o", wav.toString(), "examples/welcome.html")).as(cli.err()).isZero();
        assertThat(wav).exists();
    }

    /** Takes audio at once and plays nothing. */
    private static final class QuietSink implements AudioSink {
        @Override
        public void write(short[] samples, int offset, int length) {}

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
