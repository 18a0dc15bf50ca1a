package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sorts the lines between the title and the first paragraph. Bullets there are the standfirst, and so is a long
 * unpunctuated summary line (a dek); other short lines there are page furniture: labels, trust badges, dates and
 * credits ("Why you can trust SCMP", "Analysis", "Shaun Walker in Kyiv"), and so is an author's note ("Anna Kowalski
 * is a writer on cities"); all are dropped. Bylines and dates that
 * other filters marked stay for the metadata, and a bare name ("Laura Zhou") becomes the byline when there is none. Stateless.
 */
public final class HeaderZoneFilter implements LineFilter {
    public static final HeaderZoneFilter INSTANCE = new HeaderZoneFilter();
    /** A dek is a sentence-length summary; shorter unpunctuated lines in the header are labels. */
    private static final int DEK_WORDS = 8;

    /** Two to four capitalised words and nothing else: "Laura Zhou", "Mary-Ann O'Neill". */
    private static final Pattern PERSON = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+|van|von|de|da|del|der|bin|al)){1,3}");
    private static final int NAME_TO_DATE = 3;
    /** How far below the title a byline or date still belongs to the header. */
    private static final int REACH = 8;

    private HeaderZoneFilter() {}

    /**
     * A summary sentence can sit between the title and the byline or date ("Cities from Phoenix to Paris are
     * painting roofs white."); then the header reaches down to that last byline or date, if no more than two
     * sentences lie in between. Otherwise it ends at the first sentence.
     */
    /** A name is an author's when a date sits beside it; a section label ("Rail Travel") has none. */
    private static boolean nearDate(List<Line> lines, int index) {
        for (int j = Math.max(0, index - NAME_TO_DATE); j < Math.min(lines.size(), index + NAME_TO_DATE + 1); j++) {
            if (lines.get(j).role() == Line.Role.DATE) {
                return true;
            }
        }
        return false;
    }

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
        boolean bylineKnown = lines.stream().anyMatch(l -> l.role() == Line.Role.BYLINE);
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
            } else if (!bylineKnown && PERSON.matcher(line.text()).matches() && nearDate(lines, i)) {
                out.add(line.withRole(Line.Role.BYLINE)); // a bare name under the headline is the author
                bylineKnown = true;
            }
        }
        out.addAll(lines.subList(i, lines.size()));
        return out;
    }
}
