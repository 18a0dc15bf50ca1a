package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `hark sentences` and `hark spoken` take the inputs `hark text` takes and clean them the same way; with no
 * ARTICLE (stdin as a filter) or with --raw they take the text as it is.
 */
class PlainCommandsTest {
    @TempDir
    Path dir;

    @Test
    void sentencesReadsAWindows1252FileLikeTheMainPath() throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"),
                new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'i', 's', ' ', 'o', 'p', 'e', 'n', '.', ' ', 'W', 'e', ' ',
                        'g', 'o', '.'});
        CliRunner cli = new CliRunner();
        assertThat(cli.run("sentences", file.toString())).isZero();
        assertThat(cli.out()).isEqualTo("Café is open.\nWe go.\n");
    }

    @Test
    void spokenLinesKeepsOneOutputLinePerInputLine() {
        CliRunner cli = new CliRunner().stdin("It cost $5.\nMr. Lee left. He came back.\n");
        assertThat(cli.run("spoken", "--lines")).isZero();
        assertThat(cli.out().lines()).containsExactly("it cost five dollars.",
                "mister lee left. he came back.");
    }

    @Test
    void aBinaryFileIsRefusedInOneLine() throws IOException {
        Path file = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0, 9});
        CliRunner cli = new CliRunner();
        assertThat(cli.run("sentences", file.toString())).isEqualTo(HarkException.INPUT);
        assertThat(cli.err().lines()).hasSize(1);
    }

    private static final String PAGE = """
            <!doctype html><html><head><title>Rain returns to the valley | Daily Example</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>Rain returns to the valley</h1>
            <p>The first rain in 40 days fell on Tuesday. Farmers said it came just in time for the harvest.</p>
            <p>The river rose by 2 metres overnight, and the old bridge was closed to traffic until Friday.</p>
            <p>Forecasters expect more showers this week, with the heaviest on Thursday afternoon.</p>
            </article>
            <footer>Share this article. Subscribe to our newsletter. Cookie settings.</footer>
            </body></html>
            """;

    private Path page() throws IOException {
        return Files.writeString(dir.resolve("page.html"), PAGE);
    }

    @Test
    void spokenCleansAnHtmlFileAsTextDoes() throws IOException {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("spoken", page().toString())).isZero();
        assertThat(cli.out()).contains("the first rain in forty days fell on tuesday.",
                "the river rose by two metres overnight").doesNotContain("<", "href", "newsletter", "Sport");
        assertThat(cli.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).contains("rain returns"));
    }

    @Test
    void sentencesCleansAnHtmlFileAsTextDoes() throws IOException {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("sentences", page().toString())).isZero();
        assertThat(cli.out().lines()).contains("The first rain in 40 days fell on Tuesday.",
                "Farmers said it came just in time for the harvest.");
        assertThat(cli.out()).doesNotContain("<", "newsletter");
    }

    @Test
    void rawKeepsTheSourceUncleaned() throws IOException {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("spoken", "--raw", page().toString())).isZero();
        assertThat(cli.out()).contains("href", "newsletter");
    }

    @Test
    void spokenLinesOnACleanedArticleFollowsTheLinesOfText() throws IOException {
        CliRunner text = new CliRunner();
        assertThat(text.run("text", page().toString())).isZero();
        CliRunner spoken = new CliRunner();
        assertThat(spoken.run("spoken", "--lines", page().toString())).isZero();
        assertThat(spoken.out().lines()).hasSameSizeAs(text.out().lines().toList());
    }

    @Test
    void aDashReadsStdinAndCleansItButNoArticleIsAFilter() {
        String pasted = "Rain returns to the valley\n\nThe first rain in 40 days fell on Tuesday. It came in time.\n\n"
                + "Share this article\n\nThe river rose overnight, and the old bridge was closed until Friday.\n";
        CliRunner cleaned = new CliRunner().stdin(pasted);
        assertThat(cleaned.run("sentences", "-")).isZero();
        assertThat(cleaned.out()).contains("The first rain in 40 days fell on Tuesday.")
                .doesNotContain("Share this article");
        CliRunner filter = new CliRunner().stdin(pasted);
        assertThat(filter.run("sentences")).isZero();
        assertThat(filter.out()).contains("Share this article");
    }

    @Test
    void spokenReadsAUrlAndCleansIt() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            CliRunner cli = new CliRunner();
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
            assertThat(cli.run("spoken", url)).isZero();
            assertThat(cli.out()).contains("the first rain in forty days fell on tuesday.").doesNotContain("<");
        } finally {
            server.stop(0);
        }
    }
}
