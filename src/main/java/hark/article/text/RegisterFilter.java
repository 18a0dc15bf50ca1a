package hark.article.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops runs of lines in a different register from the article: two or more short lines in a row, none of them
 * a sentence ("World", "Most Read", "Get more with myNEWS", "Learn more"): menus, tag clouds, promotion boxes and
 * headline lists. A single short line between paragraphs is a heading and stays; so do bulleted lines, and a run
 * that a line ending in a colon introduces ("You will need:"), unless it is in Title Case like a menu. Stateless.
 */
public final class RegisterFilter implements LineFilter {
    public static final RegisterFilter INSTANCE = new RegisterFilter();
    private static final int SHORT = 10;
    private static final double TITLE_CASE = 0.75;

    private RegisterFilter() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isOffRegister(lines.get(end))) {
                end++;
            }
            boolean introduced = i > 0 && lines.get(i - 1).text().endsWith(":");
            if (end - i >= 2 && (!introduced || titleCaseRun(lines.subList(i, end)))) {
                i = end;
                continue;
            }
            out.addAll(lines.subList(i, Math.max(end, i + 1)));
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private static boolean isOffRegister(Line line) {
        return line.isBody() && !line.bulleted() && !line.isProse() && line.words() <= SHORT;
    }

    private static boolean titleCaseRun(List<Line> run) {
        long titleCase = run.stream().filter(l -> TextShape.titleCaseShare(l.text()) >= TITLE_CASE)
                .count();
        return titleCase * 2 > run.size();
    }
}
