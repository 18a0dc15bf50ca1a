package hark.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hark.HarkException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every HTTP case against a server on 127.0.0.1; never the internet. */
class HttpFetcherTest {
    private static final String PAGE = "<!doctype html><html><head><title>T</title></head><body><p>Café</p></body></html>";
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> respond(exchange, status, contentType, body));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Source fetch(String path) {
        return new Sources(new ByteArrayInputStream(new byte[0])).read(base + path);
    }

    @Test
    void fetchesAnHtmlPageAndSendsAnHonestUserAgent() {
        AtomicReference<String> agent = new AtomicReference<>();
        server.createContext("/a", exchange -> {
            agent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            respond(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        Source source = fetch("/a");
        assertThat(source.format()).isEqualTo(Source.Format.HTML);
        assertThat(source.text()).contains("Café");
        assertThat(source.origin()).isEqualTo(base + "/a");
        assertThat(agent.get()).contains("Mozilla/5.0").contains("hark/0.1");
    }

    @Test
    void baseUriIsTheFinalAddressAfterRedirects() {
        server.createContext("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new/story");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        serve("/new/story", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(fetch("/old").baseUri()).isEqualTo(base + "/new/story");
    }

    @Test
    void cookiesSetDuringTheRedirectChainAreSentBack() {
        server.createContext("/check", exchange -> {
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            if (cookie != null && cookie.contains("seen=1")) {
                respond(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.getResponseHeaders().add("Set-Cookie", "seen=1; Path=/; HttpOnly");
                exchange.getResponseHeaders().set("Location", "/check");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            }
        });
        assertThat(fetch("/check").text()).contains("Café");
    }

    @Test
    void aCookieGoesOnlyToTheHostThatSetIt() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicReference<String> seenThere = new AtomicReference<>();
        other.createContext("/story", exchange -> {
            seenThere.set(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
            respond(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        other.start();
        try {
            server.createContext("/away", exchange -> {
                exchange.getResponseHeaders().add("Set-Cookie", "session=secret; Path=/");
                exchange.getResponseHeaders().set("Location",
                        "http://localhost:" + other.getAddress().getPort() + "/story");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            assertThat(fetch("/away").text()).contains("Café");
            assertThat(seenThere.get()).isEqualTo("null");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void stopsAfterTenRedirects() {
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        assertThatThrownBy(() -> fetch("/loop")).isInstanceOf(HarkException.class)
                .hasMessageContaining("127.0.0.1: more than 10 redirects");
    }

    @ParameterizedTest
    @CsvSource({
        "403, 403 Forbidden from 127.0.0.1: the site refuses automated readers; save the page and run `hark page.html`",
        "404, 404 Not Found from 127.0.0.1: no page at that address",
        "410, 410 Gone from 127.0.0.1: the page was removed",
        "429, 429 Too Many Requests from 127.0.0.1: the site is limiting requests; wait",
        "500, 500 Internal Server Error from 127.0.0.1: the site has a server problem; try again later",
        "503, 503 Service Unavailable from 127.0.0.1: the site is down or overloaded",
    })
    void namesHttpErrorsWithTheirCodeAndWhatToDo(int status, String message) {
        serve("/e", status, "text/html", "<p>nope</p>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> fetch("/e")).isInstanceOf(HarkException.class).hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((HarkException) e).exitCode()).isEqualTo(HarkException.NETWORK));
    }

    @Test
    void tooManyRequestsPassesOnTheServersWait() {
        server.createContext("/slow", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        assertThatThrownBy(() -> fetch("/slow")).hasMessageContaining("wait 120 s");
    }

    @ParameterizedTest
    @CsvSource({
        "application/pdf, a PDF document",
        "image/png, an image (image/png)",
        "application/json; charset=utf-8, JSON data",
    })
    void refusesContentThatIsNotAnArticlePage(String type, String named) {
        serve("/x", 200, type, "%PDF-1.4 {}".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> fetch("/x")).isInstanceOf(HarkException.class)
                .hasMessageStartingWith("127.0.0.1 sent " + named + ", not an article page");
    }

    @Test
    void refusesABinaryBodyEvenWhenLabelledAsText() {
        serve("/bin", 200, "text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThatThrownBy(() -> fetch("/bin")).hasMessageContaining("looks like a PNG image");
    }

    @Test
    void refusesABodyOverTheLimitWithAClearMessage() {
        byte[] big = new byte[BoundedRead.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        serve("/big", 200, "text/html", big);
        assertThatThrownBy(() -> fetch("/big")).isInstanceOf(HarkException.class)
                .hasMessageContaining("127.0.0.1: the page is larger than 10 MB");
    }

    @Test
    void refusesAStreamedBodyOverTheLimitWithoutContentLength() {
        server.createContext("/stream", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is unknown until the end
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[4096]);
            } catch (IOException ignored) {
                // the client hangs up once it has seen enough
            }
        });
        HttpFetcher small = new HttpFetcher(10_000, 20_000, 1024);
        assertThatThrownBy(() -> small.fetch(base + "/stream")).hasMessageContaining("larger than");
    }

    @Test
    void unreachableHostIsOneLineWithNetworkCode() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> new HttpFetcher().fetch("http://127.0.0.1:" + port + "/"))
                .isInstanceOf(HarkException.class).hasMessageStartingWith("127.0.0.1: could not connect")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((HarkException) e).exitCode()).isEqualTo(HarkException.NETWORK));
    }

    @Test
    void anUnknownHostAndAConnectTimeoutAreNamedWithoutTouchingTheNetwork() {
        HttpFetcher fetcher = new HttpFetcher();
        assertThat(fetcher.failure("example.invalid", new java.net.UnknownHostException("example.invalid"), false))
                .hasMessage("example.invalid: unknown host; check the address and your internet connection")
                .satisfies(e -> assertThat(e.exitCode()).isEqualTo(HarkException.NETWORK));
        assertThat(fetcher.failure("slow.example", new java.net.SocketTimeoutException("connect timed out"), false))
                .hasMessage("slow.example: no connection within 10 s; check your connection or try again later");
    }

    @Test
    void aServerThatStopsAnsweringTimesOut() {
        // The server answers only once the client has given up: past the read timeout however long that takes,
        // and no longer (stopping the server waits for its handler).
        CountDownLatch gaveUp = new CountDownLatch(1);
        server.createContext("/hang", exchange -> {
            try {
                gaveUp.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        HttpFetcher quick = new HttpFetcher(1000, 300, BoundedRead.MAX_BYTES);
        try {
            assertThatThrownBy(() -> quick.fetch(base + "/hang")).hasMessageContaining("127.0.0.1: stopped answering");
        } finally {
            gaveUp.countDown();
        }
    }

    @Test
    void gzipBodiesAreUnpacked() throws IOException {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(packed)) {
            gzip.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        server.createContext("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(exchange, 200, "text/html; charset=utf-8", packed.toByteArray());
        });
        assertThat(fetch("/gz").text()).contains("Café");
    }

    @Test
    void charsetComesFromTheHeaderFirst() {
        byte[] latin = "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".getBytes(Charset.forName("ISO-8859-1"));
        serve("/latin", 200, "text/html; charset=ISO-8859-1", latin);
        assertThat(fetch("/latin").text()).contains("Café crème");
    }

    @Test
    void charsetComesFromTheMetaTagWhenTheHeaderHasNone() {
        byte[] koi8 = "<html><head><meta charset=koi8-r></head><body><p>Привет</p></body></html>"
                .getBytes(Charset.forName("KOI8-R"));
        serve("/meta", 200, "text/html", koi8);
        assertThat(fetch("/meta").text()).contains("Привет");
    }

    @Test
    void plainTextFromTheWebIsSniffedAsText() {
        serve("/t", 200, "text/plain; charset=utf-8", "A headline here\n\nA paragraph that mentions <b> tags.\n"
                .getBytes(StandardCharsets.UTF_8));
        Source source = fetch("/t");
        assertThat(source.format()).isEqualTo(Source.Format.TEXT);
        assertThat(source.baseUri()).isEmpty();
    }

    @Test
    void anEmptyPageIsRefused() {
        serve("/empty", 200, "text/html", new byte[0]);
        assertThatThrownBy(() -> fetch("/empty")).hasMessageContaining("127.0.0.1: the page came back empty");
    }

    @Test
    void anInvalidAddressIsAnInputError() {
        assertThatThrownBy(() -> new HttpFetcher().fetch("http://"))
                .isInstanceOf(HarkException.class).hasMessageContaining("not a valid web address");
    }
}
