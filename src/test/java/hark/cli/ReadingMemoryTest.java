package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import hark.Slow;
import hark.audio.AudioSink;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While an article plays, only its script is kept: the source's text and the article's blocks, each as large as
 * the page (10 MB at the fetch limit), are gone (issue 12, peak memory). Counted with the JVM's live-object
 * histogram (which collects first) when the first audio reaches the sound device, against a count taken before the
 * command ran, so that whatever other tests keep does not matter; the heap's size does not either.
 */
@Slow // the whole command line with the FreeTTS voice
class ReadingMemoryTest {
    private static final List<String> READ_ONLY = List.of("hark.source.Source", "hark.article.Article",
            "hark.article.Block", "org.jsoup.nodes.Document", "org.jsoup.nodes.TextNode");

    @TempDir
    Path root;

    @Test
    void whileTheArticlePlaysItsSourceArticleAndPageAreNoLongerHeld() throws Exception {
        PipedOutputStream noKeys = new PipedOutputStream();
        ExternalTerminal terminal = new ExternalTerminal("test", "xterm", new PipedInputStream(noKeys),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        Map<String, Long> before = liveObjects();
        Map<String, Long> playing = new HashMap<>();
        CliRunner cli = new CliRunner().folders(root.resolve("config"), root.resolve("state"))
                .tty(new Tty(true, true)).terminal(terminal).sinks(rate -> new CountingSink(playing));

        int code = cli.run("--plain", "examples/welcome.html");

        assertThat(code).as(cli.err()).isEqualTo(HarkException.AUDIO); // the sink ends it after its count
        for (String type : READ_ONLY) {
            assertThat(playing.get(type)).as(type).isLessThanOrEqualTo(before.get(type));
        }
        terminal.close();
    }

    /** Live instances of each of {@link #READ_ONLY}, from the JVM's class histogram. */
    private static Map<String, Long> liveObjects() throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, Long> counts = new HashMap<>();
        READ_ONLY.forEach(type -> counts.put(type, 0L));
        for (String line : histogram.lines().toList()) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 4 && counts.containsKey(f[3])) {
                counts.put(f[3], Long.parseLong(f[1]));
            }
        }
        return counts;
    }

    /** Counts the live objects at the first audio, then fails as a vanished device does, which ends the run. */
    private static final class CountingSink implements AudioSink {
        private final Map<String, Long> counts;

        CountingSink(Map<String, Long> counts) {
            this.counts = counts;
        }

        @Override
        public void write(short[] samples, int offset, int length) {
            try {
                counts.putAll(liveObjects());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            throw new HarkException(HarkException.AUDIO, "counted");
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
