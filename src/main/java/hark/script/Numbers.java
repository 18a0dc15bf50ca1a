package hark.script;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers left after money, dates, times, units and fractions: telephone numbers digit by digit, ranges
 * ("5-10" is "five to ten"), "#1", "2x", ordinals ("21st"), percentages, negatives, decimals, years (a four-digit
 * number reads as a year unless a counted noun follows), model numbers ("Boeing 737" is "seven thirty seven") and
 * cardinals. Stateless and thread-safe.
 */
final class Numbers implements Rewrite {
    private static final String NUM = "\\d{1,3}(?:,\\d{3})+|\\d+";
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.,/-])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)\\s?"
            + "|\\d{3}[\\s.-])\\d{3}[.-]\\d{4}(?![\\w-])|(?<![\\w.,/-])\\d{3}-\\d{4}(?![\\w-])"
            // international: "+33 1 42 68 53 00", "+49 (30) 1234-5678"
            + "|(?<![\\w.,/-])\\+\\d{1,3}(?:[\\s.-]?\\(\\d{1,4}\\)|[\\s.-]\\d{1,5}){2,6}(?![\\w-])"
            // a national number opens with its trunk zero: "020 7946 0018", "0161 496 0123"
            + "|(?<![\\w.,/-])0\\d{2,4}\\s\\d{3,4}\\s\\d{3,4}(?![\\w-])"
            + "|(?<![\\w.,/-])\\d+(?:-\\d+){3,}(?![\\w-])|(?<![\\w.,/-])1-\\d{3}-\\d{3}-\\d{4}(?![\\w-])");
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\w.,-])(" + NUM + ")(\\.\\d+)?\\s?-\\s?(" + NUM + ")(\\.\\d+)?(?![\\d,.]\\d|-\\d)");
    private static final Pattern VERSION = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+){2,}(?![\\w]|\\.\\d)");
    private static final Pattern HASH = Pattern.compile("#\\s?(?=\\d)");
    private static final Pattern TIMES = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s?[x×](?![\\w])");
    private static final Pattern BY = Pattern.compile("(?<=\\d)\\s?[x×]\\s?(?=\\d)");
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\w.,])(" + NUM + ")(st|nd|rd|th|ST|ND|RD|TH)\\b");
    private static final Pattern PERCENT = Pattern.compile("(" + NUM + ")(\\.\\d+)?\\s?%");
    private static final Pattern NEGATIVE = Pattern.compile("(?<![\\w.,])[-−](?=\\d)");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])(" + NUM + ")?\\.(\\d+)(?!\\w|[.,]\\d)");
    private static final Pattern JOINED = Pattern.compile("(?<=\\d)-(?=[A-Za-z])|(?<=[A-Za-z])-(?=\\d)");
    private static final Pattern INTEGER = Pattern.compile("(" + NUM + ")");
    private static final Pattern YEAR_CUE = Pattern.compile("(?i)\\b(in|since|by|until|till|from|of|before|after|"
            + "during|between|circa|c\\.|year|around|early|late|mid|spring|summer|autumn|fall|winter|and|to|or|"
            + "the|through|than|fiscal|FY|'s)\\s+$");
    private static final Pattern EARLY_YEAR_CUE = Pattern.compile("(?i)\\b(?:in|since|until|circa|year)\\s+$");
    private static final Pattern DIAL = Pattern.compile("(?i)\\b(?:call|dial|dialed|dialled|ring)\\s+$");
    private static final Set<String> VERBS_AFTER_YEAR = Set.of("was", "is", "saw", "marked", "will", "would", "had",
            "has", "brought", "began", "ended", "and", "to", "or", "through", "when", "as", "election", "census",
            "season", "olympics", "world", "edition", "model", "version", "budget", "report", "study", "survey",
            "elections", "film", "book", "novel", "album", "championship", "cup", "games", "levels", "figures");

    @Override
    public String apply(String text) {
        if (!hasDigit(text)) {
            return text;
        }
        boolean dash = text.indexOf('-') >= 0 || text.indexOf('−') >= 0;
        boolean dot = text.indexOf('.') >= 0;
        String out = text;
        if (dash || dot || text.indexOf('+') >= 0 || text.indexOf('(') >= 0 || text.contains(" 0")
                || text.startsWith("0")) {
            out = Rewrite.replace(PHONE, out, m -> Rewrite.words(phone(m.group())));
        }
        if (dash) {
            out = Rewrite.replace(RANGE, out, Numbers::range);
        }
        if (dot) {
            out = Rewrite.replace(VERSION, out, m -> Rewrite.words(String.join(" point ",
                    java.util.Arrays.stream(m.group().split("\\.")).map(NumberWords::cardinal).toList())));
        }
        if (out.indexOf('#') >= 0) {
            out = HASH.matcher(out).replaceAll(" number ");
        }
        if (out.indexOf('x') >= 0 || out.indexOf('×') >= 0) {
            out = Rewrite.replace(TIMES, out, m -> Rewrite.words(NumberWords.decimal(m.group(1)) + " times"));
            out = BY.matcher(out).replaceAll(" by ");
        }
        if (hasDigitThen(out, "snrtSNRT")) {
            out = Rewrite.replace(ORDINAL, out, m -> Rewrite.words(NumberWords.ordinal(m.group(1))));
        }
        if (out.indexOf('%') >= 0) {
            out = Rewrite.replace(PERCENT, out, m -> Rewrite.words(
                    NumberWords.decimal(m.group(1) + (m.group(2) == null ? "" : m.group(2))) + " percent"));
        }
        if (dash) {
            out = NEGATIVE.matcher(out).replaceAll("minus ");
            out = JOINED.matcher(out).replaceAll(" ");
        }
        if (dot) {
            out = Rewrite.replace(DECIMAL, out, m -> Rewrite.words(
                    NumberWords.decimal((m.group(1) == null ? "" : m.group(1)) + "." + m.group(2))));
        }
        out = splitDigitsFromLetters(out);
        String before = out;
        return Rewrite.replace(INTEGER, out, m -> Rewrite.words(integer(before, m)));
    }

    private static String phone(String number) {
        StringBuilder out = new StringBuilder();
        for (String group : number.split("[^\\d+]+")) {
            if (group.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(group.startsWith("+") ? "plus " + NumberWords.digits(group) : NumberWords.digits(group));
        }
        return out.toString();
    }

    private static String range(Matcher m) {
        String from = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        String to = m.group(3) + (m.group(4) == null ? "" : m.group(4));
        if (m.group(3).startsWith("0") && m.group(3).length() > 1 && !(isYear(m.group(1)) && m.group(3).length() == 2)) {
            return Rewrite.words(NumberWords.digits(from) + ", " + NumberWords.digits(to));
        }
        boolean years = isYear(m.group(1)) && m.group(2) == null
                && (isYear(m.group(3)) || m.group(3).length() == 2) && m.group(4) == null;
        if (years) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(3));
            if (end < 100) {
                end += start / 100 * 100;
            }
            return Rewrite.words(NumberWords.year(start) + " to " + NumberWords.year(end));
        }
        return Rewrite.words(NumberWords.decimal(from) + " to " + NumberWords.decimal(to));
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && digits.charAt(0) != '0' && Integer.parseInt(digits) >= 1100
                && Integer.parseInt(digits) <= 2099;
    }

    private static String integer(String text, Matcher m) {
        String digits = m.group(1);
        if (digits.length() > 1 && digits.startsWith("0")) {
            return NumberWords.digits(digits);
        }
        if (isYear(digits) && readsAsYear(text, m)) {
            return NumberWords.year(Integer.parseInt(digits));
        }
        // "in 1066": an early year needs a word before it that only a year follows ("by 1080" may be pixels)
        if (digits.length() == 4 && digits.charAt(0) == '1' && digits.charAt(1) == '0'
                && EARLY_YEAR_CUE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            return NumberWords.year(Integer.parseInt(digits));
        }
        // "call 911", "dial 999": a short number you dial is said digit by digit
        if (digits.length() == 3 && DIAL.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()) {
            return NumberWords.digits(digits);
        }
        if (digits.length() == 3 && afterName(text, m.start())) {
            int n = Integer.parseInt(digits);
            return n % 100 == 0 ? NumberWords.cardinal(n)
                    : NumberWords.cardinal(n / 100) + (n % 100 < 10 ? " oh " : " ") + NumberWords.cardinal(n % 100);
        }
        return NumberWords.cardinal(digits);
    }

    private static boolean readsAsYear(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        if (YEAR_CUE.matcher(before).find()) {
            return true;
        }
        int p = m.end();
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        int q = p;
        while (q < text.length() && Character.isLetter(text.charAt(q))) {
            q++;
        }
        String next = text.substring(p, q);
        return next.isEmpty() || !Character.isLowerCase(next.charAt(0)) || VERBS_AFTER_YEAR.contains(next);
    }

    /** "Boeing 737", "Room 101": a capitalised word that does not start the sentence, then the number. */
    private static boolean afterName(String text, int at) {
        int p = at - 1;
        if (p < 0 || text.charAt(p) != ' ') {
            return false;
        }
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int end = p + 1;
        while (p >= 0 && Character.isLetter(text.charAt(p))) {
            p--;
        }
        if (end - p < 3 || !Character.isUpperCase(text.charAt(p + 1))) {
            return false;
        }
        int q = p;
        while (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        return q >= 0 && Character.isLetter(text.charAt(q));
    }

    private static boolean hasDigitThen(String text, String next) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && next.indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "3D" becomes "3 D" and "A380" becomes "A 380", so each part is read as what it is. */
    private static String splitDigitsFromLetters(String text) {
        StringBuilder out = null;
        for (int i = 1; i < text.length(); i++) {
            char a = text.charAt(i - 1);
            char b = text.charAt(i);
            boolean seam = isAsciiDigit(a) && isAsciiLetter(b) || isAsciiLetter(a) && isAsciiDigit(b);
            if (seam && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (seam) {
                    out.append(' ');
                }
                out.append(b);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
