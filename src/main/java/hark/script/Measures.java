package hark.script;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with a unit: "12kg", "30°C", "100 mph", "2.5 GB", "500ml". Units that are also words ("in", "m", "s")
 * count only when written against the number ("6in"). After "a" the unit is singular ("a 5 km run" is "a five
 * kilometer run"). Stateless and thread-safe.
 */
final class Measures implements Rewrite {
    private static final Map<String, String> SPACED = Map.ofEntries(
            Map.entry("kg", "kilogram"), Map.entry("kgs", "kilogram"), Map.entry("mg", "milligram"),
            Map.entry("µg", "microgram"), Map.entry("lb", "pound"), Map.entry("lbs", "pound"),
            Map.entry("oz", "ounce"), Map.entry("km", "kilometer"), Map.entry("cm", "centimeter"),
            Map.entry("mm", "millimeter"), Map.entry("µm", "micrometer"), Map.entry("nm", "nanometer"),
            Map.entry("ft", "foot"), Map.entry("yd", "yard"), Map.entry("yds", "yard"), Map.entry("mi", "mile"),
            Map.entry("mph", "mile per hour"), Map.entry("km/h", "kilometer per hour"),
            Map.entry("kmh", "kilometer per hour"), Map.entry("kph", "kilometer per hour"),
            Map.entry("m/s", "meter per second"), Map.entry("ml", "milliliter"), Map.entry("mL", "milliliter"),
            Map.entry("cl", "centiliter"), Map.entry("dl", "deciliter"), Map.entry("kb", "kilobyte"),
            Map.entry("KB", "kilobyte"), Map.entry("kB", "kilobyte"), Map.entry("MB", "megabyte"),
            Map.entry("GB", "gigabyte"), Map.entry("TB", "terabyte"), Map.entry("PB", "petabyte"),
            Map.entry("Mb", "megabit"), Map.entry("Gb", "gigabit"), Map.entry("Mbps", "megabit per second"),
            Map.entry("Gbps", "gigabit per second"), Map.entry("Hz", "hertz"), Map.entry("kHz", "kilohertz"),
            Map.entry("MHz", "megahertz"), Map.entry("GHz", "gigahertz"), Map.entry("kW", "kilowatt"),
            Map.entry("MW", "megawatt"), Map.entry("GW", "gigawatt"), Map.entry("kWh", "kilowatt hour"),
            Map.entry("MWh", "megawatt hour"), Map.entry("GWh", "gigawatt hour"), Map.entry("mAh", "milliamp hour"),
            Map.entry("°C", "degree celsius"), Map.entry("°F", "degree fahrenheit"), Map.entry("ºC", "degree celsius"),
            Map.entry("ºF", "degree fahrenheit"), Map.entry("°", "degree"), Map.entry("ms", "millisecond"),
            Map.entry("sec", "second"), Map.entry("secs", "second"), Map.entry("min", "minute"),
            Map.entry("mins", "minute"), Map.entry("hr", "hour"), Map.entry("hrs", "hour"),
            Map.entry("sq ft", "square foot"), Map.entry("sq m", "square meter"), Map.entry("km²", "square kilometer"),
            Map.entry("m²", "square meter"), Map.entry("m³", "cubic meter"), Map.entry("cc", "cc"),
            Map.entry("WPM", "word per minute"), Map.entry("wpm", "word per minute"), Map.entry("bpm", "beat per minute"),
            Map.entry("rpm", "revolution per minute"), Map.entry("psi", "p s i"), Map.entry("dB", "decibel"),
            Map.entry("mpg", "mile per gallon"), Map.entry("ha", "hectare"), Map.entry("sq km", "square kilometer"),
            Map.entry("sq mi", "square mile"), Map.entry("m", "meter"), Map.entry("g", "gram"), Map.entry("h", "hour"),
            Map.entry("W", "watt"), Map.entry("V", "volt"), Map.entry("kV", "kilovolt"), Map.entry("mV", "millivolt"),
            Map.entry("µs", "microsecond"), Map.entry("ns", "nanosecond"), Map.entry("kcal", "kilocalorie"),
            Map.entry("cal", "calorie"), Map.entry("gal", "gallon"), Map.entry("pt", "pint"), Map.entry("qt", "quart"),
            Map.entry("tsp", "teaspoon"), Map.entry("tbsp", "tablespoon"), Map.entry("kt", "knot"),
            Map.entry("mmHg", "millimeter of mercury"), Map.entry("ppm", "part per million"),
            Map.entry("km2", "square kilometer"), Map.entry("m2", "square meter"), Map.entry("ac", "acre"));
    private static final Map<String, String> ATTACHED = Map.ofEntries(
            Map.entry("g", "gram"), Map.entry("m", "meter"), Map.entry("in", "inch"),
            Map.entry("h", "hour"), Map.entry("l", "liter"), Map.entry("L", "liter"), Map.entry("W", "watt"),
            Map.entry("V", "volt"),
            Map.entry("km", "kilometer"), Map.entry("mi", "mile"));
    private static final Pattern MEASURE = Pattern.compile("(?<![\\w.,])(?:(-?\\d[\\d,]*(?:\\.\\d+)?)\\s?[-–]\\s?)?"
            + "(-?\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)"
            + "(?:(\\s?)(" + alternatives(SPACED) + ")|()(" + alternatives(ATTACHED) + "))(?![\\w°/²³])");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");

    @Override
    public String apply(String text) {
        if (!Numbers.hasDigit(text)) {
            return text;
        }
        return Rewrite.replace(MEASURE, text, m -> {
            String unit = m.group(4) != null ? SPACED.get(m.group(4)) : ATTACHED.get(m.group(6));
            String number = m.group(2);
            boolean one = NumberWords.isOne(number) || adjectival(text, m);
            String from = m.group(1) == null ? "" : value(m.group(1)) + " to ";
            return Rewrite.words(from + value(number) + " " + (one ? unit : plural(unit)));
        });
    }

    private static String value(String number) {
        return number.startsWith("-") ? "minus " + NumberWords.decimal(number.substring(1)) : NumberWords.decimal(number);
    }

    private static boolean adjectival(String text, Matcher m) {
        int from = Math.max(0, m.start() - 4);
        return ARTICLE_BEFORE.matcher(text.substring(from, m.start())).find();
    }

    /** Pluralises the head of a unit: "mile per hour" becomes "miles per hour", "foot" becomes "feet". */
    static String plural(String unit) {
        int space = unit.indexOf(' ');
        String head = space < 0 ? unit : unit.substring(0, space);
        String rest = space < 0 ? "" : unit.substring(space);
        if (head.equals("square") || head.equals("cubic") || head.equals("degree") && !rest.isEmpty()) {
            return head.equals("degree") ? "degrees" + rest : head + " " + plural(rest.strip());
        }
        String many = switch (head) {
            case "foot" -> "feet";
            case "inch" -> "inches";
            case "hertz", "celsius", "fahrenheit", "kelvin", "cc", "p" -> head;
            default -> head + "s";
        };
        return many + rest;
    }

    private static String alternatives(Map<String, String> units) {
        return units.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
