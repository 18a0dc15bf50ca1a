package hark.article.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops runs of lines in a different register from the article: two or more short lines in a row, none of them
 * a sentence, mostly in Title Case ("World", "Most Read", "Asia Markets Slide As Yen Firms"): menus, tag clouds
 * and headline lists. A single short line between paragraphs is a heading and stays; so do runs of lower-case
 * items (an ingredient list) and bulleted lines. Stateless.
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
            if (end - i >= 2 && titleCaseRun(lines.subList(i, end))) {
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
