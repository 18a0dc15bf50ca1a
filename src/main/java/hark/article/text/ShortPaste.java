package hark.article.text;

import java.util.List;

/**
 * The fallback for a paste too small to be a page: a few short lines that the page-level filters took for a menu or
 * a headline list ("Test case 1 / Test case 2", a stanza, a list of steps). A copied page brings hundreds of lines of
 * clutter with it; two to eight lines are what the person chose to select, so they are read as given, less the
 * lines a clutter rule knows by themselves ("Advertisement", "Share"). A lone line stays an error: that is what
 * copying only a headline looks like. Stateless.
 */
final class ShortPaste {
    private static final int MIN_LINES = 2;
    private static final int MAX_LINES = 8;
    /** Well under any article; a page dump's menus alone run to hundreds of words. */
    private static final int MAX_WORDS = 60;

    private ShortPaste() {}

    /**
     * @param parsed the paste's lines before any filter
     * @param chain the cleaner's filters; only those that judge a line on its own are applied
     * @return the lines to read, or an empty list when the paste is not short or has nothing but clutter
     */
    static List<Line> asGiven(List<Line> parsed, List<LineFilter> chain) {
        int words = parsed.stream().mapToInt(Line::words).sum();
        if (parsed.size() < MIN_LINES || parsed.size() > MAX_LINES || words > MAX_WORDS) {
            return List.of();
        }
        List<Line> lines = parsed;
        for (LineFilter filter : chain) {
            if (filter instanceof LineRule rule) {
                lines = rule.apply(lines);
            }
        }
        return lines.size() >= MIN_LINES ? lines : List.of();
    }
}
