package hark.article.text;

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
        return LineRuns.dropRuns(lines, RegisterFilter::isOffRegister, (start, run) -> {
            boolean introduced = start > 0 && lines.get(start - 1).text().endsWith(":");
            return run.size() >= 2 && (titleCaseRun(run) || !introduced && run.size() <= PROMO_LINES);
        });
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
