package hark.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import hark.HarkException;
import hark.Slow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Servers that try to hang, flood or redirect hark somewhere it must not go, all on 127.0.0.1. Each ends in one
 * line and an exit code, within a bound; the time bounds are per-test timeouts, not assertions of speed.
 */
@Timeout(60)
class HostileServerTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void assertOneLine(Throwable e, int code) {
        assertThat(e).isInstanceOf(HarkException.class);
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u001B");
        assertThat(((HarkException) e).exitCode()).isEqualTo(code);
    }

    @Test
    @Slow // waits out a 1 s deadline
    void aServerThatDripsOneByteAtATimeIsStoppedByTheTotalDeadline() {
        server.createContext("/drip", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 600; i++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException ignored) {
                // the client hangs up at its deadline
            }
        });
        // Each byte comes well within the read timeout, so only the total deadline can end this.
        HttpFetcher fetcher = new HttpFetcher(1_000, 5_000, BoundedRead.MAX_BYTES, 1_000);
        assertThatThrownBy(() -> fetcher.fetch(base + "/drip"))
                .hasMessage("127.0.0.1: the page took more than 1 s in all to arrive; try again later, or save the "
                        + "page and run `hark page.html`")
                .satisfies(e -> assertOneLine(e, HarkException.NETWORK));
    }

    @Test
    @Slow // packs and unpacks 16 MB
    void aGzipBombStopsAtTheCapOnTheUnpackedSize() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] line = "<p>all work and no play makes a dull page</p>\n".getBytes(StandardCharsets.US_ASCII);
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            for (int written = 0; written < 16 * 1024 * 1024; written += line.length) {
                gzip.write(line);
            }
        }
        assertThat(packed.size()).isLessThan(1024 * 1024); // small on the wire, 16 MB unpacked: past the cap
        server.createContext("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, packed.size());
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(packed.toByteArray());
            } catch (IOException ignored) {
                // the client hangs up at the cap
            }
        });
        assertThatThrownBy(() -> new HttpFetcher().fetch(base + "/bomb"))
                .hasMessageStartingWith("127.0.0.1: the page is larger than 10 MB")
                .satisfies(e -> assertOneLine(e, HarkException.INPUT));
    }

    @Test
    @Slow // streams over 10 MB
    void aHugeStreamedBodyIsCutOffAtTheCapWithoutReadingItAll() {
        AtomicLong sent = new AtomicLong();
        long huge = 200L * 1024 * 1024;
        server.createContext("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                while (sent.get() < huge) {
                    out.write(block);
                    sent.addAndGet(block.length);
                }
            } catch (IOException ignored) {
                // the client hangs up at the cap
            }
        });
        assertThatThrownBy(() -> new HttpFetcher().fetch(base + "/huge"))
                .hasMessageStartingWith("127.0.0.1: the page is larger than 10 MB")
                .satisfies(e -> assertOneLine(e, HarkException.INPUT));
        assertThat(sent.get()).isLessThan(huge / 2);
    }

    @Test
    void aDeclaredHugeBodyIsRefusedBeforeReading() {
        AtomicLong sent = new AtomicLong();
        server.createContext("/declared", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 200L * 1024 * 1024);
            byte[] block = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 3200; i++) {
                    out.write(block);
                    sent.addAndGet(block.length);
                }
            } catch (IOException ignored) {
                // the client hangs up at once
            }
        });
        assertThatThrownBy(() -> new HttpFetcher().fetch(base + "/declared"))
                .hasMessageStartingWith("127.0.0.1: the page is larger than 10 MB")
                .satisfies(e -> assertOneLine(e, HarkException.INPUT));
        assertThat(sent.get()).isLessThan(100L * 1024 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "jar:file:///tmp/x.jar!/a.html", "ftp://127.0.0.1/a.html",
            "javascript:alert(1)"})
    void redirectsOutOfHttpAreRefused(String target) {
        server.createContext("/jump", exchange -> {
            exchange.getResponseHeaders().set("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        assertThatThrownBy(() -> new HttpFetcher().fetch(base + "/jump"))
                .hasMessageStartingWith("127.0.0.1: redirected to an address hark cannot follow")
                .satisfies(e -> assertOneLine(e, HarkException.NETWORK));
    }

    @Test
    void aRedirectLoopEndsAfterTenRedirects() {
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        assertThatThrownBy(() -> new HttpFetcher().fetch(base + "/loop"))
                .hasMessageStartingWith("127.0.0.1: more than 10 redirects")
                .satisfies(e -> assertOneLine(e, HarkException.NETWORK));
    }

    @Test
    void aMetaRefreshLoopIsNotFollowed() {
        byte[] page = "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/refresh\"></head><body></body></html>"
                .getBytes(StandardCharsets.US_ASCII);
        AtomicLong requests = new AtomicLong();
        server.createContext("/refresh", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        Source source = new HttpFetcher().fetch(base + "/refresh");
        assertThat(requests.get()).isEqualTo(1);
        assertThat(source.text()).contains("refresh");
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 429, 500})
    void httpErrorsAreOneLineWithTheNetworkCode(int status) {
        server.createContext("/status", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            byte[] body = "<p>\u001B[2Jgo away\u0007</p>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        assertThatThrownBy(() -> new HttpFetcher().fetch(base + "/status"))
                .hasMessageStartingWith(status + " ")
                .hasMessageContaining("from 127.0.0.1: ")
                .satisfies(e -> assertOneLine(e, HarkException.NETWORK));
    }

    @Test
    void aDeadlineLongerThanTheFetchChangesNothing() {
        byte[] page = "<html><body><p>On time.</p></body></html>".getBytes(StandardCharsets.US_ASCII);
        server.createContext("/ok", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        assertThat(new HttpFetcher(1_000, 1_000, 1024, (int) Duration.ofSeconds(5).toMillis()).fetch(base + "/ok").text())
                .contains("On time.");
    }
}
