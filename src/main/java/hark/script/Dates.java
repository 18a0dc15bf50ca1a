package hark.script;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in their common written forms: "Nov. 23", "November 23, 2019", "23 November 2019", "2019-11-23",
 * "11/23/2019", "March 2019", and decades ("1980s", "'90s"). Days are ordinals and years are read in pairs.
 * Bare years are left to {@link Numbers}, which decides from context. Stateless and thread-safe.
 */
final class Dates implements Rewrite {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final Map<String, Integer> MONTH_NAMES = monthNames();
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
            // a headline or a dateline in capitals: "JAN 15 2020", "OCT. 31"
            + "|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?"
            + "|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)";
    private static final String DAY = "([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+(\\d{4})(?!\\d))?";
    private static final Pattern MONTH_DAY =
            Pattern.compile("\\b" + MONTH + "\\.?\\s+" + DAY + "(?![\\d:.]\\d)\\b" + YEAR);
    private static final Pattern DAY_MONTH =
            Pattern.compile("\\b(?:the\\s+)?" + DAY + "(?:\\s+of)?\\s+" + MONTH + "\\b\\.?" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)");
    // "2019-11-23", and the same order with slashes or dots ("2019/11/23")
    private static final Pattern ISO =
            Pattern.compile("(?<![\\w./-])(\\d{4})([-/.])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?![\\d/-]|\\.\\d)");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d/])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern MONTH_CUE = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
            + "|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)");
    // "due on 3/4", "by 12/25": a slashed pair after a word that points at a day is a month and day (American
    // order); elsewhere ("after 9/11" the event, "3/4 of voters") and before "of" ("on 3/4 of the land") it is not
    private static final Pattern SHORT_NUMERIC = Pattern.compile("(?<=\\b(?:on|by|until|till|dated|due) )(1[0-2]|0?[1-9])/([12]\\d|3[01]|0?[1-9])(?![\\d/]|\\s+of\\b)");
    private static final Pattern DECADE = Pattern.compile("(?<![\\w'.,])(?:(\\d{2})|')?(\\d0)'?s\\b");

    @Override
    public String apply(String text) {
        if (!Numbers.hasDigit(text)) {
            return text;
        }
        String out = Rewrite.replace(ISO, text, m -> Rewrite.words(
                monthDay(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))
                        + " " + NumberWords.year(Integer.parseInt(m.group(1)))));
        if (out.indexOf('/') >= 0 || out.contains(".1") || out.contains(".0")) {
            out = Rewrite.replace(NUMERIC, out, Dates::numeric);
            out = Rewrite.replace(SHORT_NUMERIC, out, m -> Rewrite.words(
                    monthDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        if (!MONTH_CUE.matcher(out).find()) {
            return decades(out);
        }
        out = Rewrite.replace(MONTH_DAY, out, m -> Rewrite.words(
                monthDay(month(m.group(1)), Integer.parseInt(m.group(2))) + year(m.group(3))));
        out = Rewrite.replace(DAY_MONTH, out, m -> Rewrite.words("the " + NumberWords.ordinal(m.group(1)) + " of "
                + MONTHS[month(m.group(2)) - 1] + year(m.group(3))));
        out = Rewrite.replace(MONTH_YEAR, out, m -> Rewrite.words(MONTHS[month(m.group(1)) - 1] + year(m.group(2))));
        return decades(out);
    }

    private static String decades(String out) {
        if (!out.contains("0s") && !out.contains("0's")) {
            return out;
        }
        return Rewrite.replace(DECADE, out, m -> {
            String tens = NumberWords.cardinal(Integer.parseInt(m.group(2)));
            String plural = tens.equals("zero") ? "hundreds" : NumberWords.plural(tens);
            if (m.group(1) == null) {
                return Rewrite.words(plural);
            }
            int century = Integer.parseInt(m.group(1));
            if (tens.equals("zero")) {
                return Rewrite.words(century % 10 == 0 ? NumberWords.cardinal(century / 10) + " thousands"
                        : NumberWords.cardinal(century) + " hundreds");
            }
            return Rewrite.words(NumberWords.cardinal(century) + " " + plural);
        });
    }

    private static String numeric(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        if (m.group(4).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        // American order unless the first number cannot be a month
        int month = a <= 12 ? a : b;
        int day = a <= 12 ? b : a;
        if (month > 12 || day > 31 || day == 0 || month == 0) {
            return null;
        }
        return Rewrite.words(monthDay(month, day) + " " + NumberWords.year(year));
    }

    private static String monthDay(int month, int day) {
        return MONTHS[month - 1] + " " + NumberWords.ordinal(day);
    }

    private static String year(String digits) {
        return digits == null ? "" : " " + NumberWords.year(Integer.parseInt(digits));
    }

    private static int month(String name) {
        return MONTH_NAMES.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new java.util.HashMap<>();
        for (int i = 0; i < MONTHS.length; i++) {
            names.put(MONTHS[i].substring(0, 3), i + 1);
        }
        return Map.copyOf(names);
    }
}
