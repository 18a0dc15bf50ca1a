package hark.article.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops runs of lines in a different register from the article: two or more short lines in a row, none of them
 * a sentence ("World", "Most Read", "Get more with myNEWS", "Learn more"): menus, tag clouds, promotion boxes and
 * headline lists. A single short line between paragraphs is a heading and stays; so do bulleted lines, a run that
 * a line ending in a colon introduces ("You will need:"), and a run of five or more lower-case lines (a list that
 * lost its bullets); but a run in Title Case goes even then, like a menu. Stateless.
 */
public final class RegisterFilter implements LineFilter {
    public static final RegisterFilter INSTANCE = new RegisterFilter();
    private static final int SHORT = 10;
    private static final double TITLE_CASE = 0.75;
    /** Promotion boxes are a few lines; a longer run of lower-case lines is a list that lost its bullets. */
    private static final int PROMO_LINES = 4;

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
            int run = end - i;
            if (run >= 2 && (titleCaseRun(lines.subList(i, end)) || !introduced && run <= PROMO_LINES)) {
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
