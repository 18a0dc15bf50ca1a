package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes reference and edit marks out of lines ("mammal.[1]", "History[edit]", "[citation needed]") and drops
 * reference-list lines that start with a caret ("^ Wheeler, Jane (1995)..."). Wikis and some blogs carry them;
 * read aloud they are noise ("bracket one bracket"). Stateless.
 */
public final class ReferenceMarks implements LineFilter {
    public static final ReferenceMarks INSTANCE = new ReferenceMarks();
    private static final Pattern MARK = Pattern.compile(
            "\\[(?:\\d{1,3}|[a-z]|edit|edit source|citation needed|clarification needed|when\\?|who\\?|note \\d+|nb \\d+)\\]");

    private ReferenceMarks() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String text = line.text();
            if (line.isBody() && (text.startsWith("^ ") || text.equals("^"))) {
                continue;
            }
            if (text.indexOf('[') >= 0 && MARK.matcher(text).find()) {
                String cleaned = MARK.matcher(text).replaceAll("").strip();
                if (!cleaned.isEmpty()) {
                    out.add(new Line(cleaned, line.afterBlank(), line.bulleted(), line.role()));
                }
                continue;
            }
            out.add(line);
        }
        return out;
    }
}
