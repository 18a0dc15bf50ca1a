package hark.script;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fractions: "½" and the other vulgar fractions, "3/4", "1 1/2". Slashed pairs that are not fractions ("24/7",
 * "9/11", "50/50") are read as two numbers. Stateless and thread-safe.
 */
final class Fractions implements Rewrite {
    private static final Map<Character, String> VULGAR = Map.ofEntries(Map.entry('½', "1/2"),
            Map.entry('⅓', "1/3"), Map.entry('⅔', "2/3"), Map.entry('¼', "1/4"), Map.entry('¾', "3/4"),
            Map.entry('⅕', "1/5"), Map.entry('⅖', "2/5"), Map.entry('⅗', "3/5"), Map.entry('⅘', "4/5"),
            Map.entry('⅙', "1/6"), Map.entry('⅚', "5/6"), Map.entry('⅛', "1/8"), Map.entry('⅜', "3/8"),
            Map.entry('⅝', "5/8"), Map.entry('⅞', "7/8"), Map.entry('⅐', "1/7"), Map.entry('⅑', "1/9"),
            Map.entry('⅒', "1/10"));
    private static final Pattern VULGAR_CHARS = Pattern.compile("(\\d+)?\\s?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.])(?:(\\d+)\\s)?(\\d{1,3})/(\\d{1,3})(?![\\d/])");

    @Override
    public String apply(String text) {
        String out = !hasVulgar(text) ? text : Rewrite.replace(VULGAR_CHARS, text, m -> {
            String[] parts = VULGAR.get(m.group(2).charAt(0)).split("/");
            return Rewrite.words(mixed(m.group(1), parts[0], parts[1]));
        });
        if (out.indexOf('/') < 0) {
            return out;
        }
        return Rewrite.replace(SLASHED, out, m -> {
            int n = Integer.parseInt(m.group(2));
            int d = Integer.parseInt(m.group(3));
            if (n < d && d > 1 && (d <= 10 || d == 12 || d == 16 || d == 32 || d == 64 || d == 100)) {
                return Rewrite.words(mixed(m.group(1), m.group(2), m.group(3)));
            }
            String whole = m.group(1) == null ? "" : NumberWords.cardinal(m.group(1)) + " ";
            return Rewrite.words(whole + NumberWords.cardinal(n) + " " + NumberWords.cardinal(d));
        });
    }

    private static boolean hasVulgar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '¼' && c <= '¾' || c >= '⅐' && c <= '⅞') {
                return true;
            }
        }
        return false;
    }

    private static String mixed(String whole, String numerator, String denominator) {
        String fraction = fraction(Integer.parseInt(numerator), Integer.parseInt(denominator));
        if (whole == null) {
            return fraction;
        }
        return NumberWords.cardinal(whole) + " and " + (numerator.equals("1") ? "a " + fraction.substring(4) : fraction);
    }

    /** 1/2 "one half", 3/4 "three quarters", 2/3 "two thirds", 5/8 "five eighths". */
    static String fraction(int n, int d) {
        String denominator = switch (d) {
            case 2 -> "half";
            case 4 -> "quarter";
            default -> NumberWords.ordinal(d);
        };
        if (n != 1) {
            denominator = d == 2 ? "halves" : denominator + "s";
        }
        return NumberWords.cardinal(n) + " " + denominator;
    }
}
