package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import hark.keys.ListenSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person sees while hark waits for the article, and that q and Ctrl-C work during a slow fetch. */
class WaitingTest {
    private static final String PAGE = "<html><head><title>Slow news</title></head><body><article><h1>Slow news</h1>"
            + "<p>The page took its time to arrive, but every word of it came in the end.</p>"
            + "<p>Readers waited patiently for the second paragraph, which said very little.</p></article></body></html>";

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private String slowUrl;
    private String fastUrl;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/slow", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS); // a site that does not answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange);
        });
        server.createContext("/fast", WaitingTest::send);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        slowUrl = base + "/slow";
        fastUrl = base + "/fast";
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        runner.shutdownNow();
    }

    /** A terminal on pipes: what the test writes to {@code keys} arrives as typed keys. */
    private record TestTerminal(Terminal terminal, PipedOutputStream keys) {
        static TestTerminal create() throws IOException {
            PipedOutputStream keys = new PipedOutputStream();
            PipedInputStream typed = new PipedInputStream(keys);
            // JLine's own line discipline: Ctrl-C raises INT as a terminal's driver does (a pty would signal
            // its foreground process group, which this test is not).
            Terminal terminal = new ExternalTerminal("test", "xterm", typed, new ByteArrayOutputStream(),
                    StandardCharsets.UTF_8);
            return new TestTerminal(terminal, keys);
        }

        void type(int key) throws IOException {
            keys.write(key);
            keys.flush();
        }
    }

    private static void awaitText(CliRunner cli, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!cli.err().contains(text)) {
            assertThat(System.nanoTime()).as("waiting for %s in %s", text, cli.err()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void qStopsHarkWhileAPageIsFetched() throws Exception {
        TestTerminal keys = TestTerminal.create();
        CliRunner cli = new CliRunner().tty(new Tty(true, true)).terminal(keys.terminal());
        Future<Integer> run = runner.submit(() -> cli.run(slowUrl));
        awaitText(cli, "Fetching 127.0.0.1...");
        keys.type('q');
        assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(cli.err()).contains("stopped while fetching 127.0.0.1");
    }

    @Test
    void ctrlCStopsHarkWhileAPageIsFetched() throws Exception {
        TestTerminal keys = TestTerminal.create();
        CliRunner cli = new CliRunner().tty(new Tty(true, true)).terminal(keys.terminal());
        Future<Integer> run = runner.submit(() -> cli.run("text", slowUrl));
        awaitText(cli, "Fetching 127.0.0.1...");
        keys.type(3);
        assertThat(run.get(10, TimeUnit.SECONDS)).isEqualTo(ListenSession.INTERRUPTED);
    }

    @Test
    void theFetchedPageIsReadAsBeforeAndTheTerminalIsGivenBack() throws Exception {
        TestTerminal keys = TestTerminal.create();
        var before = keys.terminal().getAttributes();
        CliRunner cli = new CliRunner().tty(new Tty(true, true)).terminal(keys.terminal());
        assertThat(cli.run("text", fastUrl)).isZero();
        assertThat(cli.err()).isEqualTo("Fetching 127.0.0.1..." + System.lineSeparator());
        assertThat(cli.out()).contains("every word of it came in the end");
        assertThat(keys.terminal().getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
    }

    @Test
    void withoutATerminalOnStderrNothingIsSaid() {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("text", fastUrl)).isZero();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void stdinTypedAtATerminalSaysHowToEndIt() {
        String typed = "Slow news\n\nThe page took its time to arrive, but every word of it came in the end.\n";
        CliRunner atTerminal = new CliRunner().stdin(typed).tty(new Tty(true, true));
        assertThat(atTerminal.run("text", "-")).isZero();
        assertThat(atTerminal.err()).startsWith("Reading the article from stdin; end it with Ctrl-D");
        CliRunner piped = new CliRunner().stdin(typed).tty(new Tty(false, true));
        assertThat(piped.run("text", "-")).isZero();
        assertThat(piped.err()).isEmpty();
    }
}
