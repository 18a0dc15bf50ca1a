package hark.source;

import java.net.HttpURLConnection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cookies that servers set during one fetch, sent back to the same host on the next redirect. Some sites set
 * a cookie and redirect to see it return; without it they loop. Nothing is stored beyond one fetch, and a cookie
 * goes only to the host that set it. Not thread-safe: one per fetch.
 */
final class RedirectCookies {
    private final Map<String, Map<String, String>> byHost = new HashMap<>();

    void keep(HttpURLConnection conn, String host) {
        for (Map.Entry<String, List<String>> header : conn.getHeaderFields().entrySet()) {
            if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
                continue;
            }
            for (String value : header.getValue()) {
                String pair = value.split(";", 2)[0].strip();
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    byHost.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
    }

    void addTo(HttpURLConnection conn, String host) {
        Map<String, String> cookies = byHost.get(host);
        if (cookies != null && !cookies.isEmpty()) {
            conn.setRequestProperty("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
    }
}
