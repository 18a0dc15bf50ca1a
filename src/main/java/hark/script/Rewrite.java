package hark.script;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of normalization: text in, text out. Steps hold no mutable state, so one instance serves all threads.
 * {@link #replace} is the shared helper: the function's result is inserted literally (no "$1" expansion), and a
 * null result keeps the match as written.
 */
@FunctionalInterface
interface Rewrite {
    String apply(String text);

    static String replace(Pattern pattern, String text, Function<Matcher, String> spoken) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int last = 0;
        do {
            String words = spoken.apply(m);
            out.append(text, last, m.start()).append(words == null ? m.group() : words);
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** Pads spoken words with spaces so they never glue to a neighbouring word. */
    static String words(String spoken) {
        return " " + spoken + " ";
    }
}
