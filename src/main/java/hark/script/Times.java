package hark.script;

import java.util.regex.Pattern;

/**
 * Clock times: "3:45pm" is "three forty five p m", "7:05" is "seven oh five", "10 a.m." is "ten a m", "14:00" is
 * "fourteen hundred"; a lap time "1:21.5" is "one minute twenty one point five seconds". Stateless and thread-safe.
 */
final class Times implements Rewrite {
    private static final String MERIDIEM = "(?:\\s?([AaPp])\\.?\\s?[Mm]\\b\\.?)";
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d.:])([01]?\\d|2[0-4]):([0-5]\\d)(?::([0-5]\\d))?(?![\\d:])" + MERIDIEM + "?"
                    + "|(?<![\\d.:])(1[0-2]|0?[1-9])\\.([0-5]\\d)()(?!\\d)" + MERIDIEM);
    // "3:43.13", "1:21.5": minutes, seconds and a fraction are a race or lap time, never a clock
    private static final Pattern RACE = Pattern.compile("(?<![\\d.:])(\\d{1,2}):([0-5]\\d)\\.(\\d{1,3})(?![\\d:]|\\.\\d)");
    private static final Pattern HOUR = Pattern.compile("(?<![\\d.:,])(1[0-2]|0?[1-9])" + MERIDIEM);
    private static final Pattern MERIDIEM_CUE = Pattern.compile("\\d\\s?[AaPp]\\.?\\s?[Mm]\\b");
    private static final Pattern TO = Pattern.compile("( [ap] m )\\s*[-–]\\s*(?=[a-z])");
    private static final Pattern ZONE = Pattern.compile("(?<=[am]\\s{1,3})(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|"
            + "GMT|UTC|BST|CET|CEST)\\b");

    @Override
    public String apply(String text) {
        if (!Numbers.hasDigit(text)) {
            return text;
        }
        boolean hasMeridiem = MERIDIEM_CUE.matcher(text).find();
        if (text.indexOf(':') < 0 && !hasMeridiem) {
            return text;
        }
        String out = text.indexOf(':') < 0 ? text : Rewrite.replace(RACE, text, m -> Rewrite.words(
                NumberWords.cardinal(m.group(1)) + (m.group(1).matches("0?1") ? " minute " : " minutes ")
                        + NumberWords.cardinal(m.group(2)) + " point " + NumberWords.digits(m.group(3)) + " seconds"));
        out = Rewrite.replace(CLOCK, out, m -> {
            int base = m.group(1) != null ? 0 : 4; // "3:45" or the British "3.45pm"
            int hour = Integer.parseInt(m.group(1 + base));
            int minute = Integer.parseInt(m.group(2 + base));
            String seconds = m.group(3 + base);
            String meridiem = m.group(4 + base);
            StringBuilder words = new StringBuilder(NumberWords.cardinal(hour));
            if (minute == 0) {
                if (meridiem == null) {
                    words.append(hour == 0 || hour > 12 ? " hundred" : " o'clock");
                }
            } else {
                words.append(minute < 10 ? " oh " : " ").append(NumberWords.cardinal(minute));
            }
            if (seconds != null && !seconds.isEmpty() && !seconds.equals("00")) {
                words.append(" and ").append(NumberWords.cardinal(Integer.parseInt(seconds))).append(" seconds");
            }
            return Rewrite.words(meridiem == null ? words.toString() : words + meridiem(meridiem));
        });
        out = !hasMeridiem ? out : Rewrite.replace(HOUR, out, m ->
                Rewrite.words(NumberWords.cardinal(Integer.parseInt(m.group(1))) + meridiem(m.group(2))));
        if (!out.contains(" a m ") && !out.contains(" p m ")) {
            return out;
        }
        out = TO.matcher(out).replaceAll("$1 to ");
        return Rewrite.replace(ZONE, out, m -> String.join(" ", m.group().toLowerCase().split("")));
    }

    private static String meridiem(String letter) {
        return letter.equalsIgnoreCase("a") ? " a m" : " p m";
    }
}
