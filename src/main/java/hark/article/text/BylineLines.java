package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks bylines as {@link Line.Role#BYLINE} ("By Jane Doe and John Roe", "Written by Ana Ruiz", "SCMP's Asia
 * desk", "Reuters staff"), so the first becomes the article's byline instead of being read as text, and drops
 * agency credit lines ("Reporting by ...; Editing by ..."). Stateless.
 */
public final class BylineLines implements LineFilter {
    public static final BylineLines INSTANCE = new BylineLines();
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al|el|du|di|dos))*";
    private static final Pattern BY = Pattern.compile(
            "^(?i:by|written by|words by|story by|text by|author|authors|posted by|reported by)\\s*:?\\s+(" + NAME
            + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)(?:\\s*(?:[,|•·–—-]|\\bin\\b)\\s*.{0,40})?$");
    private static final Pattern DESK = Pattern.compile(
            "^[\\p{L}\\p{N}.&' -]{1,40}['’]s? (?:[\\p{L}-]+ ){0,3}(?:desk|team|staff|bureau|correspondents?|reporters?"
            + "|editors?|newsroom)$|^(?:[\\p{Lu}][\\p{L}]+ ){1,3}(?:staff|reporters?|correspondents?|staff writers?"
            + "|news desk|wires?)(?: and agencies)?$|^(?:staff|agency|wire) (?:reporter|writer|correspondent)s?$");
    private static final Pattern CREDITS = Pattern.compile(
            "^(?:additional )?(?:reporting|editing|writing|research|graphics|compiled|contributed|produced)"
            + "(?: by| to this report)\\b|^reporting from\\b", Pattern.CASE_INSENSITIVE);

    private BylineLines() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (line.isBody() && line.words() <= 30
                    && (CREDITS.matcher(line.text()).find() || line.key().contains("; editing by"))) {
                continue;
            }
            out.add(line.isBody() && isByline(line) ? line.withRole(Line.Role.BYLINE) : line);
        }
        return out;
    }

    static boolean isByline(Line line) {
        if (line.words() > 12 || TextShape.endsSentence(line.text()) && !line.text().endsWith(".")) {
            return false;
        }
        String text = line.text().strip();
        if (text.endsWith(".") && line.words() > 6) {
            return false;
        }
        return BY.matcher(text).matches() || DESK.matcher(text).find();
    }

    /** @return the byline without a leading "By" or "Written by" */
    static String value(Line line) {
        return line.text().replaceFirst("(?i)^(?:by|written by|words by|story by|text by|authors?|posted by"
                + "|reported by)\\s*:?\\s+", "").strip();
    }
}
