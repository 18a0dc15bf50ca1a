package hark.source;

import hark.HarkException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpURLConnection;
import java.net.IDN;
import java.net.MalformedURLException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches an article page over http(s): connect timeout 10 s, read timeout 20 s, 60 s for the whole fetch (a
 * server that drips a byte a second never trips a read timeout), at most 10 redirects, a 10 MB body limit
 * (after gzip is unpacked, so a gzip bomb stops there too), an honest user agent, and cookies carried along the redirect chain (some sites set one and
 * redirect to check it). Every failure becomes one {@link HarkException} line naming the host and
 * what to do. The base URI of the page is the final address after redirects. Thread-safe.
 *
 * <p>Built on {@link HttpURLConnection} rather than jsoup's {@code Connection}: jsoup has one timeout for connect
 * and read together, a fixed redirect limit of 20, and truncates an over-large body silently, while hark must
 * tell the user each of these apart.
 */
final class HttpFetcher {
    static final String USER_AGENT = "Mozilla/5.0 (compatible) hark/0.1 (+terminal article reader)";
    static final int MAX_REDIRECTS = 10;
    private static final Pattern HOST = Pattern.compile("^(https?://(?:[^@/?#]*@)?)([^/:?#]+)",
            Pattern.CASE_INSENSITIVE);
    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

    private final int connectMillis;
    private final int readMillis;
    private final int maxBytes;
    private final int totalMillis;

    HttpFetcher() {
        this(10_000, 20_000, BoundedRead.MAX_BYTES);
    }

    HttpFetcher(int connectMillis, int readMillis, int maxBytes) {
        this(connectMillis, readMillis, maxBytes, 60_000);
    }

    HttpFetcher(int connectMillis, int readMillis, int maxBytes, int totalMillis) {
        this.connectMillis = connectMillis;
        this.readMillis = readMillis;
        this.maxBytes = maxBytes;
        this.totalMillis = totalMillis;
    }

    Source fetch(String address) {
        URL url = parse(address);
        try (FetchDeadline deadline = new FetchDeadline(totalMillis)) {
            return fetch(address, url, deadline);
        }
    }

    private Source fetch(String address, URL start, FetchDeadline deadline) {
        URL url = start;
        // Cookies set along the redirect chain go back to their host (some sites set one and redirect to see it
        // return, and loop without it); the JDK's manager keeps the domain and path rules. Nothing outlives the fetch.
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
        for (int redirects = 0; ; redirects++) {
            String host = url.getHost();
            HttpURLConnection conn = open(url);
            sendCookies(cookies, conn, url);
            deadline.watch(conn);
            try {
                int status = connect(conn, host, deadline);
                keepCookies(cookies, conn, url);
                if (status >= 300 && status < 400 && conn.getHeaderField("Location") != null) {
                    if (redirects == MAX_REDIRECTS) {
                        throw new HarkException(HarkException.NETWORK, host + ": more than " + MAX_REDIRECTS
                                + " redirects; open the page in a browser, save it and run `hark page.html`");
                    }
                    url = resolve(url, conn.getHeaderField("Location"));
                    continue;
                }
                if (status >= 300 || status < 200) {
                    throw new HarkException(HarkException.NETWORK, HttpStatusMessages.describe(
                            status, host, conn.getHeaderField("Retry-After")));
                }
                return body(address, url, conn, deadline);
            } finally {
                conn.disconnect();
            }
        }
    }

    private static void sendCookies(CookieManager cookies, HttpURLConnection conn, URL url) {
        try {
            for (Map.Entry<String, List<String>> header : cookies.get(url.toURI(), Map.of()).entrySet()) {
                if (!header.getValue().isEmpty()) {
                    conn.setRequestProperty(header.getKey(), String.join("; ", header.getValue()));
                }
            }
        } catch (IOException | URISyntaxException e) {
            // an address the cookie store cannot take: fetch without cookies
        }
    }

    private static void keepCookies(CookieManager cookies, HttpURLConnection conn, URL url) {
        try {
            cookies.put(url.toURI(), conn.getHeaderFields());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // a malformed Set-Cookie or address: go on without it
        }
    }

    private Source body(String address, URL url, HttpURLConnection conn, FetchDeadline deadline) {
        String host = url.getHost();
        String contentType = conn.getContentType();
        ContentTypes.refuse(contentType, host);
        long length = conn.getContentLengthLong();
        if (length > maxBytes) {
            throw tooLarge(host);
        }
        byte[] bytes;
        try (InputStream raw = conn.getInputStream();
             InputStream in = "gzip".equalsIgnoreCase(conn.getContentEncoding()) ? new GZIPInputStream(raw) : raw) {
            bytes = BoundedRead.readAll(in, maxBytes);
        } catch (BoundedRead.TooLarge e) {
            throw tooLarge(host);
        } catch (IOException e) {
            throw failure(host, e, true, deadline);
        }
        if (ContentSniffer.isBlank(bytes)) {
            throw new HarkException(HarkException.INPUT, host + ": the page came back empty; open it in a browser, "
                    + "save it and run `hark page.html`");
        }
        SourceDecoder.refuseBinary(host, bytes);
        String text = CharsetDecoder.decode(bytes, contentType);
        return SourceDecoder.fromText(address, host, text, url.toString(), ContentTypes.isHtml(contentType));
    }

    private HttpURLConnection open(URL url) {
        try {
            HttpURLConnection conn = (HttpURLConnection) url.openConnection();
            conn.setInstanceFollowRedirects(false);
            conn.setConnectTimeout(connectMillis);
            conn.setReadTimeout(readMillis);
            conn.setRequestProperty("User-Agent", USER_AGENT);
            conn.setRequestProperty("Accept", ACCEPT);
            conn.setRequestProperty("Accept-Language", "en;q=1.0, *;q=0.5");
            conn.setRequestProperty("Accept-Encoding", "gzip");
            return conn;
        } catch (IOException e) {
            throw failure(url.getHost(), e, false);
        }
    }

    private int connect(HttpURLConnection conn, String host, FetchDeadline deadline) {
        try {
            conn.connect();
        } catch (IOException e) {
            throw failure(host, e, false, deadline);
        }
        try {
            return conn.getResponseCode();
        } catch (IOException e) {
            throw failure(host, e, true, deadline);
        }
    }

    private HarkException failure(String host, IOException e, boolean connected, FetchDeadline deadline) {
        if (deadline.expired()) {
            return new HarkException(HarkException.NETWORK, host + ": the page took more than " + totalMillis / 1000
                    + " s in all to arrive; try again later, or save the page and run `hark page.html`", e);
        }
        return failure(host, e, connected);
    }

    private static URL parse(String address) {
        try {
            URI uri = new URI(asciiHost(address.strip()));
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new URISyntaxException(address, "no host");
            }
            return uri.toURL();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new HarkException(HarkException.INPUT, address
                    + ": not a valid web address; check it, or quote it in the shell");
        }
    }

    /** Hosts in other scripts ("https://bücher.example/") become their ASCII (punycode) form. */
    private static String asciiHost(String address) {
        Matcher m = HOST.matcher(address);
        if (!m.find() || m.group(2).chars().allMatch(c -> c < 128)) {
            return address;
        }
        try {
            return m.group(1) + IDN.toASCII(m.group(2)) + address.substring(m.end(2));
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    private static URL resolve(URL base, String location) {
        try {
            URL next = base.toURI().resolve(location.strip().replace(" ", "%20")).toURL();
            String scheme = next.getProtocol().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new MalformedURLException(scheme);
            }
            return next;
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new HarkException(HarkException.NETWORK, base.getHost() + ": redirected to an address hark "
                    + "cannot follow (" + location + "); open it in a browser instead");
        }
    }

    private HarkException tooLarge(String host) {
        return new HarkException(HarkException.INPUT, host + ": the page is larger than " + maxBytes / (1024 * 1024)
                + " MB, too big for an article; save the article's text to a file and run `hark article.txt`");
    }

    HarkException failure(String host, IOException e, boolean connected) {
        String why;
        if (e instanceof UnknownHostException) {
            why = "unknown host; check the address and your internet connection";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            why = "could not connect (" + (e.getMessage() == null ? "refused" : e.getMessage().toLowerCase(Locale.ROOT))
                    + "); check the address, or try again later";
        } else if (e instanceof SocketTimeoutException) {
            why = connected
                    ? "stopped answering (nothing for " + readMillis / 1000 + " s); try again later, or save the page"
                            + " and run `hark page.html`"
                    : "no connection within " + connectMillis / 1000 + " s; check your connection or try again later";
        } else if (e instanceof SSLException) {
            why = "secure connection failed (" + e.getMessage() + "); check the address or your system's certificates";
        } else {
            why = "could not fetch the page (" + e.getMessage() + "); try again, or save the page and run "
                    + "`hark page.html`";
        }
        return new HarkException(HarkException.NETWORK, host + ": " + why, e);
    }
}
