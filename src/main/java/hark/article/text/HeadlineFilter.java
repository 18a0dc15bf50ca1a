package hark.article.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the title, the first substantial line that reads as a headline, and drops the breadcrumbs and section
 * labels above it ("South Korea", "Asia East Asia", "Opinion"). A headline has four to thirty words, starts with a
 * capital, digit or quote, and does not end like a clause (. , ; :). When the paste starts with prose or a
 * bullet there is no title. Of several headline-shaped lines (a site's tagline, a "values your feedback"
 * prompt) the first one followed by the article is chosen. When only short lines come before the prose, the last of
 * them is the title ("Mortgage Rates Climb"). Stateless.
 */
public final class HeadlineFilter implements LineFilter {
    public static final HeadlineFilter INSTANCE = new HeadlineFilter();
    /** The title is near the top, though site menus can push it down; past this it is a heading. */
    private static final int SEARCH = 40;

    private HeadlineFilter() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        int title = -1;
        int firstCandidate = -1;
        int lastShort = -1;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < SEARCH; i++) {
            Line line = lines.get(i);
            if (!line.isBody()) {
                continue;
            }
            seen++;
            if (line.bulleted()) {
                break;
            }
            if (readsAsHeadline(line)) {
                if (firstCandidate < 0) {
                    firstCandidate = i;
                }
                if (followedByArticle(lines, i)) {
                    title = i;
                    break;
                }
                continue;
            }
            if (line.isProse() || line.words() > 30) {
                title = firstCandidate >= 0 ? firstCandidate : lastShort;
                break;
            }
            if (line.words() >= 2) {
                lastShort = i;
            }
        }
        if (title < 0) {
            title = firstCandidate;
        }
        if (title < 0) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == title) {
                out.add(line.withRole(Line.Role.TITLE));
            } else if (i > title || !line.isBody()) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * A real headline is followed by the article: a byline or date, a summary, a bullet or prose. A headline-shaped
     * line followed by a short label ("The Guardian - Back to homepage", then "News") is site chrome.
     */
    private static boolean followedByArticle(List<Line> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            Line next = lines.get(j);
            if (next.isMetadata() || next.bulleted() || next.isProse() || next.words() >= 4) {
                return true;
            }
            if (next.isBody()) {
                return false;
            }
        }
        return true;
    }

    static boolean readsAsHeadline(Line line) {
        String text = line.text();
        int words = line.words();
        if (words < 4 || words > 30 || text.length() > 250 || line.bulleted()) {
            return false;
        }
        int first = text.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "‘“\"'«".indexOf(first) >= 0)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".,;:".indexOf(last) < 0;
    }
}
