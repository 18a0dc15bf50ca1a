package hark.source;

import hark.TerminalText;
import java.util.Map;

/**
 * The one line hark prints for an HTTP error status: the code, its standard name, the host, and what to do.
 * Reason phrases come from this table rather than from the server, so a hostile server cannot write to the
 * terminal. Stateless.
 */
final class HttpStatusMessages {
    private static final String SAVE = "open it in a browser, save the page and run `hark page.html`";
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(300, "Multiple Choices"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(418, "I'm a Teapot"),
            Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HttpStatusMessages() {}

    /**
     * @param retryAfter the Retry-After header, or null
     * @return e.g. "404 Not Found from example.com: no page at that address; check the URL"
     */
    static String describe(int status, String host, String retryAfter) {
        String name = NAMES.getOrDefault(status, status >= 500 ? "Server Error" : "HTTP Error");
        return status + " " + name + " from " + host + ": " + advice(status, retryAfter);
    }

    private static String advice(int status, String retryAfter) {
        return switch (status) {
            case 401, 407 -> "the page needs a login; " + SAVE;
            case 402 -> "the page is behind a paywall; if you have access, " + SAVE;
            case 403 -> "the site refuses automated readers; save the page and run `hark page.html`";
            case 404 -> "no page at that address; check the URL for typos";
            case 408 -> "the site gave up waiting; try again";
            case 410 -> "the page was removed for good; look for a copy in a web archive";
            case 429 -> "the site is limiting requests; wait " + wait(retryAfter) + " and try again";
            case 451 -> "the page is blocked for legal reasons where you are";
            case 503 -> "the site is down or overloaded; try again " + later(retryAfter);
            default -> status >= 500 ? "the site has a server problem; try again later"
                    : status >= 300 && status < 400 ? "the site answered with a redirect hark cannot follow; " + SAVE
                    : "the site refused the request; " + SAVE;
        };
    }

    private static String wait(String retryAfter) {
        String seconds = seconds(retryAfter);
        return seconds.isEmpty() ? "a minute" : seconds + " s (the site asks for that)";
    }

    private static String later(String retryAfter) {
        String seconds = seconds(retryAfter);
        return seconds.isEmpty() ? "later" : "in " + seconds + " s";
    }

    private static String seconds(String retryAfter) {
        if (retryAfter == null) {
            return "";
        }
        String value = TerminalText.sanitize(retryAfter).strip();
        return value.matches("\\d{1,6}") ? value : "";
    }
}
