package hark.article.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small lenient JSON reader for the JSON-LD blocks of web pages: objects become {@code Map}, arrays {@code List},
 * strings {@code String}, numbers {@code Double}, and true/false/null their Java values. Malformed input gives
 * {@code Optional.empty()} rather than an exception, since pages often carry broken JSON-LD. Stateless, thread-safe.
 *
 * <p>Kept rather than jackson-jr: hark reads one small block per page, and in a cold JVM jackson-jr's first parse
 * took 81 to 163 ms against 2 to 5 ms here, plus 714 KB of jars ({@code bench/json/run}, 2 Dec 2026, load 3);
 * start-up is what a listener feels (issue 12), and this reader is about 170 lines with its tests.
 */
final class Json {
    private final String s;
    private int i;
    private int depth;

    private Json(String s) {
        this.s = s;
    }

    static Optional<Object> parse(String text) {
        try {
            Json json = new Json(text);
            Object value = json.value();
            return Optional.ofNullable(value);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Object value() {
        skipSpace();
        if (i >= s.length()) {
            throw new IllegalArgumentException("end of input");
        }
        char c = s.charAt(i);
        if (c == '{' || c == '[') {
            if (++depth > 200) {
                throw new IllegalArgumentException("too deep");
            }
            Object v = c == '{' ? object() : array();
            depth--;
            return v;
        }
        if (c == '"') {
            return string();
        }
        if (s.startsWith("true", i)) {
            i += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", i)) {
            i += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("null", i)) {
            i += 4;
            return null;
        }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (start == i) {
            throw new IllegalArgumentException("unexpected " + c);
        }
        return Double.parseDouble(s.substring(start, i));
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        skipSpace();
        if (peek() == '}') {
            i++;
            return map;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
            char c = s.charAt(i++);
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected , or }");
            }
            skipSpace();
            if (peek() == '}') { // trailing comma, common in hand-written JSON-LD
                i++;
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        i++;
        skipSpace();
        if (peek() == ']') {
            i++;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            char c = s.charAt(i++);
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected , or ]");
            }
            skipSpace();
            if (peek() == ']') {
                i++;
                return list;
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b', 'f' -> out.append(' ');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        i++;
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
