package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a news ticker that a copy brings along beside the story: headlines each led by its time, newest first
 * ("14:44 Accusations de viols : ...", "14:32 Un artiste arrêté ...", "11:31 Poznań. ..."), with the odd summary
 * between them. Lines at most {@link #MAX_GAP} apart with times that never rise, three of them back to back, make
 * a ticker; it goes from its first line to its last, and below a story's worth of prose it ends the story, since
 * the feed goes on below it with items that carry no time. A timetable counts up ("11:00 AM Leaves her trailer", "2:00 PM
 * ..."), and a live blog has text under every entry, so neither is taken for one. Stateless.
 */
public final class TickerLines implements LineFilter {
    public static final TickerLines INSTANCE = new TickerLines();
    private static final Pattern TIMED = Pattern.compile("^([01]?\\d|2[0-3])[:h]([0-5]\\d)(?: ?uhr)?:? (?!am\\b|pm\\b)\\S",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_ITEMS = 3;
    /** The lines a ticker item may have under its headline: a label and a summary. */
    private static final int MAX_GAP = 3;
    /** Prose above a ticker that makes it the story's end, as for {@link FurnitureTailFilter}'s comment form. */
    private static final int STORY_WORDS = 150;

    private TickerLines() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        int storyWords = 0;
        int i = 0;
        while (i < lines.size()) {
            int end = tickerEnd(lines, i);
            if (end > i && storyWords >= STORY_WORDS) {
                return out; // a ticker below a story: what follows is more of the feed, then the page's footer
            }
            if (end > i) {
                i = end + 1;
                continue;
            }
            Line line = lines.get(i++);
            storyWords += line.isBody() && line.isProse() ? line.words() : 0;
            out.add(line);
        }
        return out;
    }

    /** @return the index of the last item of a ticker that starts at line {@code i}, or -1 if none starts there */
    private static int tickerEnd(List<Line> lines, int i) {
        int minutes = minutes(lines.get(i));
        if (minutes < 0) {
            return -1;
        }
        int items = 1;
        int last = i;
        int backToBack = 1;
        int mostBackToBack = 1;
        for (int j = i + 1; j < lines.size() && j <= last + MAX_GAP; j++) {
            int next = minutes(lines.get(j));
            if (next < 0) {
                continue;
            }
            if (next > minutes) {
                break;
            }
            backToBack = j == last + 1 ? backToBack + 1 : 1;
            mostBackToBack = Math.max(mostBackToBack, backToBack);
            items++;
            last = j;
            minutes = next;
        }
        return items >= MIN_ITEMS && mostBackToBack >= MIN_ITEMS ? last : -1;
    }

    /** @return the minutes past midnight of a line led by a time and some words, or -1 */
    private static int minutes(Line line) {
        Matcher m = TIMED.matcher(line.text());
        if (!line.isBody() || !m.find() || line.words() < 3) {
            return -1;
        }
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }
}
