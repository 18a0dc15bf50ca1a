package hark.article.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops repeated lines. A line printed twice in a row is a caption (pages show it under the picture and again in
 * the lightbox or alt text), so both copies go unless it is long enough to be a paragraph pasted twice, or so short
 * that it is a name shown twice (avatar and link). A line
 * repeated further on (a pull quote, a sticky headline) keeps only its first copy, unless it is a whole paragraph.
 * Stateless.
 */
public final class DuplicateLines implements LineFilter {
    public static final DuplicateLines INSTANCE = new DuplicateLines();
    /** Captions are short; a doubled line longer than this is more likely a paragraph pasted twice. */
    private static final int CAPTION_WORDS = 45;
    /** A doubled line this short is an author's name printed twice (avatar and link), not a caption: keep one. */
    private static final int NAME_WORDS = 4;

    private DuplicateLines() {}

    private static boolean isName(Line line) {
        return line.words() >= 2 && line.words() <= NAME_WORDS && TextShape.titleCaseShare(line.text()) == 1.0;
    }

    @Override
    public List<Line> apply(List<Line> lines) {
        Set<String> seen = new HashSet<>();
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String key = line.key();
            boolean doubled = (i + 1 < lines.size() && key.equals(lines.get(i + 1).key()) && !lines.get(i + 1).afterBlank()
                    || i > 0 && key.equals(lines.get(i - 1).key()) && !line.afterBlank());
            if (line.isBody() && doubled && !isName(line) && line.words() <= CAPTION_WORDS) {
                seen.add(key);
                continue;
            }
            // A pull quote or sticky headline repeats; a whole paragraph repeated is the writer's own.
            if (!key.isEmpty() && !seen.add(key) && line.role() != Line.Role.TITLE && line.words() <= CAPTION_WORDS) {
                continue;
            }
            out.add(line);
        }
        return out;
    }
}
