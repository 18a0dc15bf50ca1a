package hark.article.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the lines between the title and the first paragraph. Bullets there are the standfirst, and so is a long
 * unpunctuated summary line (a dek); other short lines there are page furniture: labels, trust badges, dates and
 * credits ("Why you can trust SCMP", "Analysis", "Shaun Walker in Kyiv"), and so is an author's note ("Anna Kowalski
 * is a writer on cities"); all are dropped. Bylines and dates that
 * other filters marked stay for the metadata. Stateless.
 */
public final class HeaderZoneFilter implements LineFilter {
    public static final HeaderZoneFilter INSTANCE = new HeaderZoneFilter();
    /** A dek is a sentence-length summary; shorter unpunctuated lines in the header are labels. */
    private static final int DEK_WORDS = 8;

    /** How far below the title a byline or date still belongs to the header. */
    private static final int REACH = 8;

    private HeaderZoneFilter() {}

    /**
     * A summary sentence can sit between the title and the byline or date ("Cities from Phoenix to Paris are
     * painting roofs white."); then the header reaches down to that last byline or date, if no more than two
     * sentences lie in between. Otherwise it ends at the first sentence.
     */
    private static int zoneEnd(List<Line> lines, int title) {
        int end = title;
        int prose = 0;
        for (int i = title + 1; i < lines.size() && i <= title + REACH; i++) {
            Line line = lines.get(i);
            if (line.isMetadata()) {
                end = i;
            } else if (line.isBody() && line.isProse() && ++prose > 2) {
                break;
            }
        }
        return end;
    }

    @Override
    public List<Line> apply(List<Line> lines) {
        int title = -1;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            if (lines.get(i).role() == Line.Role.TITLE) {
                title = i;
            }
        }
        if (title < 0) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.subList(0, title + 1));
        int end = zoneEnd(lines, title);
        int i = title + 1;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.isBody()) {
                out.add(line);
            } else if (line.bulleted()) {
                out.add(line.withRole(Line.Role.STANDFIRST));
            } else if (line.isProse() && i > end) {
                break;
            } else if (line.words() >= DEK_WORDS && !TrailingListFilter.AUTHOR_BIO.matcher(line.text()).find()) {
                out.add(line.withRole(Line.Role.STANDFIRST));
            }
        }
        out.addAll(lines.subList(i, lines.size()));
        return out;
    }
}
