package hark.script;

import java.util.regex.Pattern;

/**
 * Ratios and odds written with a colon, once clock times are gone: "3:1" is "three to one", "16:9" "sixteen to
 * nine", and an even split "50:50" is "fifty fifty". A colon pair is a clock time when {@link Times} took it (hour up
 * to 24, two-digit minutes), so what is left here is a ratio. Stateless and thread-safe.
 */
final class Ratios implements Rewrite {
    private static final Pattern RATIO = Pattern.compile("(?<![\\w.:,])(\\d{1,4}):(\\d{1,4})(?![\\w:]|[.,]\\d)");

    @Override
    public String apply(String text) {
        if (text.indexOf(':') < 0 || !Numbers.hasDigit(text)) {
            return text;
        }
        return Rewrite.replace(RATIO, text, m -> Rewrite.words(NumberWords.cardinal(m.group(1))
                + (m.group(1).equals(m.group(2)) ? " " : " to ") + NumberWords.cardinal(m.group(2))));
    }
}
