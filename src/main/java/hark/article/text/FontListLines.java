package hark.article.text;

import java.util.List;
import java.util.Set;

/**
 * Drops the font picker of a video player's caption settings, which a text dump of the page prints in full:
 * "Arial", "Georgia", "Palatino Linotype", "Times New Roman", ... A run of three or more font names goes; one name
 * alone stays, since "Georgia" or "Impact" on its own line may be the article's heading. Stateless.
 */
public final class FontListLines implements LineFilter {
    public static final FontListLines INSTANCE = new FontListLines();
    private static final int RUN = 3;
    private static final Set<String> FONTS = Set.of("arial", "arial black", "georgia", "palatino linotype",
            "times new roman", "comic sans ms", "impact", "lucida sans unicode", "tahoma", "trebuchet ms", "verdana",
            "courier new", "lucida console", "helvetica", "garamond", "courier", "monospace", "serif", "sans-serif",
            "casual", "script", "small caps", "cursive", "fantasy");

    private FontListLines() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        return LineRuns.dropRuns(lines, line -> line.isBody() && FONTS.contains(line.key()),
                (start, run) -> run.size() >= RUN);
    }
}
