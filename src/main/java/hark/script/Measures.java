package hark.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with a unit: "12kg", "30°C", "100 million kg", "3 mbps", "70 kg/m²", "5 ft 7 in", "9.58s". The units are
 * data, in {@code units.txt} beside this class. Units that are also words ("in", "s") count only written against
 * the number ("6in"), "s" only against a decimal ("9.58s" is a race time). After "a" the unit is singular ("a 5 km
 * run" is "a five kilometer run"). Stateless and thread-safe.
 */
final class Measures implements Rewrite {
    private static final Map<String, String> SPACED = new HashMap<>();
    private static final Map<String, String> ATTACHED = new HashMap<>();
    private static final Map<String, String> AFTER_DECIMAL = new HashMap<>();

    static {
        load("units.txt");
    }

    private static final String NUMBER = "-?\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+";
    private static final Pattern MEASURE = Pattern.compile("(?<![\\w.,])(?:(?<from>" + NUMBER + ")\\s?[-–]\\s?)?"
            + "(?<n>" + NUMBER + ")(?<scale>\\s(?:thousand|million|billion|trillion))?"
            + "(?:(?:\\s?|(?<hyphen>-))(?<unit>" + alternatives(SPACED) + ")(?:/(?<per>" + alternatives(SPACED) + "))?"
            + "|(?<attached>" + alternatives(ATTACHED) + ")"
            + "|\\s?(?<decimal>" + alternatives(AFTER_DECIMAL) + ")"
            // "a 12 in. pipe": "in." with a space is the unit only when a lower-case word follows
            + "|\\s(?<inch>in)\\.(?=\\s+\\p{Ll}))(?![\\w°/²³])");
    // "5 ft 7 in", "5'10\"": feet then inches
    private static final Pattern FEET_INCHES =
            Pattern.compile("(?<![\\w.,])(\\d+)\\s?(?:ft|')\\s?(\\d{1,2})\\s?(?:in\\b\\.?|\")");
    // "6' tall": a number with a lone apostrophe is feet (a quote closes after a word, and "'s" is not a lone one)
    private static final Pattern FEET = Pattern.compile("(?<![\\w.,'])(\\d{1,2})'(?![\\w'])");
    // "$5 per kg", "dollars/kg": a unit of two or more letters after "per" or a slash, with no number of its own
    private static final Pattern PER_UNIT;
    // "5bn", "2.5m people": a scale letter after a number; "m" only before a counted noun, else it is metres
    private static final Pattern SCALED = Pattern.compile("(?<![\\w.,])(\\d[\\d,]*(?:\\.\\d+)?)(?:(bn|tn)\\b"
            + "|m(?=\\s+(?:people|users|viewers|visitors|customers|subscribers|residents|voters|jobs|homes|households"
            + "|children|workers|tonnes|tons|barrels|copies|downloads|cases|years)\\b))");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");

    static {
        String named = SPACED.keySet().stream().filter(u -> u.length() > 1 && u.chars().allMatch(Character::isLetter))
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        PER_UNIT = Pattern.compile("(?<=\\p{L})(?:\\s*/\\s*|\\s+per\\s+)(" + named + ")(?![\\w/²³])");
    }

    @Override
    public String apply(String text) {
        if (!Numbers.hasDigit(text)) {
            return perUnit(text); // money has already become words: "five dollars per kg"
        }
        String out = text.contains("ft") || text.contains("'") ? Rewrite.replace(FEET_INCHES, text, m ->
                Rewrite.words(NumberWords.cardinal(m.group(1)) + (NumberWords.isOne(m.group(1)) ? " foot " : " feet ")
                        + NumberWords.cardinal(m.group(2)) + (NumberWords.isOne(m.group(2)) ? " inch" : " inches")))
                : text;
        if (out.indexOf('\'') >= 0) {
            out = Rewrite.replace(FEET, out, m -> Rewrite.words(NumberWords.cardinal(m.group(1))
                    + (NumberWords.isOne(m.group(1)) ? " foot" : " feet")));
        }
        out = Rewrite.replace(SCALED, out, m -> Rewrite.words(NumberWords.decimal(m.group(1).replace(",", "")) + " "
                + (m.group(2) == null ? "million" : m.group(2).equals("bn") ? "billion" : "trillion")));
        String in = out;
        out = Rewrite.replace(MEASURE, out, m -> {
            String number = m.group("n");
            String unit;
            if (m.group("unit") != null) {
                unit = SPACED.get(m.group("unit"));
            } else if (m.group("attached") != null) {
                unit = ATTACHED.get(m.group("attached"));
            } else if (m.group("decimal") != null) {
                if (number.indexOf('.') < 0) {
                    return null; // "747s" are planes, not seconds
                }
                unit = AFTER_DECIMAL.get(m.group("decimal"));
            } else {
                unit = "inch";
            }
            String scale = m.group("scale") == null ? "" : m.group("scale");
            // "a 10-km race": a hyphenated measure describes the next noun, so its unit is singular
            boolean one = scale.isEmpty() && NumberWords.isOne(number) || adjectival(in, m) || m.group("hyphen") != null;
            String from = m.group("from") == null ? "" : value(m.group("from")) + " to ";
            String per = m.group("per") == null ? "" : " per " + SPACED.get(m.group("per"));
            return Rewrite.words(from + value(number) + scale + " " + (one ? unit : plural(unit)) + per);
        });
        return perUnit(out);
    }

    private static String perUnit(String text) {
        return text.indexOf('/') < 0 && !text.contains("per ") ? text
                : Rewrite.replace(PER_UNIT, text, m -> " per " + SPACED.get(m.group(1)) + " ");
    }

    private static String value(String number) {
        return number.startsWith("-") ? "minus " + NumberWords.decimal(number.substring(1)) : NumberWords.decimal(number);
    }

    private static boolean adjectival(String text, Matcher m) {
        int from = Math.max(0, m.start() - 4);
        return ARTICLE_BEFORE.matcher(text.substring(from, m.start())).find();
    }

    /**
     * Pluralises the head of a unit, the last word before "per" or "of": "mile per hour" becomes "miles per hour",
     * "square foot" "square feet", "kilowatt hour" "kilowatt hours"; "degree celsius" becomes "degrees celsius".
     */
    static String plural(String unit) {
        if (unit.startsWith("degree")) {
            return "degrees" + unit.substring("degree".length());
        }
        int cut = unit.indexOf(" per ");
        if (cut < 0) {
            cut = unit.indexOf(" of ");
        }
        if (cut < 0) {
            cut = unit.length();
        }
        String head = unit.substring(0, cut);
        int space = head.lastIndexOf(' ');
        String last = head.substring(space + 1);
        String many = switch (last) {
            case "foot" -> "feet";
            case "inch" -> "inches";
            case "hertz", "celsius", "fahrenheit", "kelvin", "cc", "horsepower", "percent" -> last;
            default -> last.length() == 1 ? last : last + "s";
        };
        return head.substring(0, space + 1) + many + unit.substring(cut);
    }

    private static String alternatives(Map<String, String> units) {
        return units.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** Reads the unit table: "[spaced]", "[attached]" and "[after a decimal]" sections of "written = spoken". */
    private static void load(String resource) {
        try (InputStream in = Measures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the unit table " + resource + " is missing from the build");
            }
            Map<String, String> section = SPACED;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                switch (l) {
                    case "[spaced]" -> section = SPACED;
                    case "[attached]" -> section = ATTACHED;
                    case "[after a decimal]" -> section = AFTER_DECIMAL;
                    default -> {
                        int eq = l.indexOf(" = ");
                        if (eq < 0) {
                            throw new IllegalStateException("bad line in " + resource + ": " + l);
                        }
                        section.put(l.substring(0, eq).strip(), l.substring(eq + 3).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
