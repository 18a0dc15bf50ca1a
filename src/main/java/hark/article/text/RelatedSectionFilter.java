package hark.article.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the trailing "related stories" section: from a marker line such as "Related", "More from Business",
 * "You may also like", "Most read" or "Comments" in the later part of the paste to the end, when what follows
 * is a list of headlines and teasers (mostly not sentences) rather than the article's own paragraphs. A subscribe
 * box at the end ("Subscribe to The Weekly Ledger" and its blurb) is cut the same way. A box of a few headlines
 * inside the story, with the story's next paragraph under it, is left to {@link EndMarkerFilter}. Stateless.
 */
public final class RelatedSectionFilter implements LineFilter {
    public static final RelatedSectionFilter INSTANCE = new RelatedSectionFilter();
    private static final Pattern MARKER = Pattern.compile("^(?:"
            + "related|related (?:stories|articles|content|coverage|news|links|reading|posts|videos|topics)"
            + "|more (?:on|from|in|about) (?:this|the)? ?(?:story|topic|author|section)|more stories|more news"
            + "|more like this|more to explore|more top stories|more for you|other stories|you (?:may|might) (?:also )?"
            + "(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading| articles)?|most (?:read"
            + "|popular|viewed|shared|commented|watched)|trending(?: now| stories)?|top stories|latest(?: news"
            + "| stories| articles)?|what to read next|read next|up next|further reading|also in the news"
            + "|in other news|editor'?s? picks|popular(?: now| stories)?|(?:from )?around the web|comments"
            + "|\\d+ comments|discussion|join the conversation|keep reading|explore more|read more|see more"
            + "|more from .{1,40}|more in .{1,40}|more (?:world|business|politics|sport|sports|tech|science|news)"
            + ".{0,30}|promoted links|paid links|sponsored stories|related (?:article|story)"
            + "|(?:subscribe|sign up) (?:to|for) .{1,40})$");
    /** The marker must sit in the last part of the paste; earlier, it is a heading inside the article. */
    private static final double FROM = 0.4;
    /** Teasers are short; this many long paragraphs after a marker mean the article goes on. */
    private static final int LONG_WORDS = 40;

    private RelatedSectionFilter() {}

    /** Headlines and teasers: mostly not prose, and hardly any long paragraphs. */
    private static boolean isTeaserList(List<Line> after) {
        long prose = after.stream().filter(Line::isProse).count();
        long longOnes = after.stream().filter(l -> l.words() >= LONG_WORDS).count();
        return prose * 2 <= after.size() && longOnes < 2;
    }

    @Override
    public List<Line> apply(List<Line> lines) {
        int start = (int) Math.ceil(lines.size() * FROM);
        for (int i = Math.max(start, 1); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.words() <= 8 && !line.isProse() && MARKER.matcher(line.key()).matches()
                    && isTeaserList(lines.subList(i + 1, lines.size())) && EndMarkerFilter.afterInlineBox(lines, i) < 0) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }
}
