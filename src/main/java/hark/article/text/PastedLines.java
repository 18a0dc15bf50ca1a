package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paste into {@link Line}s: normalises white space (no-break and zero-width spaces, soft hyphens),
 * drops blank lines while remembering them, and takes off bullet characters, noting that the line had one.
 * Stateless.
 */
public final class PastedLines {
    /** Taken out: they make no space, and a soft hyphen is only where a line may break. */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    /** Each run becomes one space: Java's {@code \s} (ASCII white space) and the wide and narrow spaces. */
    private static final String SPACES = " \t\n\u000B\f\r\u00A0\u2007\u202F\u2009\u200A\u3000";
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦‣●■□►▶➢➤✓✔○◆◇*+\\-–—]\\s*(?=\\S)(?!-)");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\p{L}");

    private PastedLines() {}

    public static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        boolean blank = true;
        for (String raw : HardWrap.unwrap(List.of(text.split("\\R")))) {
            String line = spaced(raw).strip();
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            boolean bulleted = false;
            Matcher bullet = BULLET.matcher(line);
            // A dash or plus only counts as a bullet when a space follows, so "-5C", "+2" and "—" dialogue dashes
            // stay text. A changelog marks its items "+ Added ...".
            if (bullet.find() && (Character.isWhitespace(line.charAt(1)) || "•·▪◦‣●■□►▶➢➤✓✔○◆◇".indexOf(line.charAt(0)) >= 0)) {
                line = line.substring(bullet.end()).strip();
                bulleted = true;
            } else if (NUMBERED.matcher(line).find()) {
                bulleted = true;
            }
            if (!line.isEmpty()) {
                lines.add(new Line(line, blank, bulleted, Line.Role.BODY));
            }
            blank = false;
        }
        return lines;
    }

    /**
     * The line without invisible characters and with each run of spaces made one space, in one pass: the same as
     * removing the invisible ones and then replacing runs of spaces with a pattern, which took a second on a 1 MB
     * paste (issue 12).
     */
    static String spaced(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean inSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (INVISIBLE.indexOf(c) >= 0) {
                continue; // removed before the spaces are joined, so it does not end a run
            }
            if (SPACES.indexOf(c) >= 0) {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            out.append(c);
        }
        if (inSpace) {
            out.append(' ');
        }
        return out.toString();
    }
}
