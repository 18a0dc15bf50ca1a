package hark.article.text;

import hark.article.Metadata;
import java.util.List;

/** Reads the article's metadata off the cleaned lines: the first byline and the first date. */
public final class LineMetadata {
    private LineMetadata() {}

    public static Metadata of(List<Line> lines) {
        String byline = "";
        String published = "";
        for (Line line : lines) {
            if (line.role() == Line.Role.BYLINE && byline.isEmpty()) {
                byline = BylineLines.value(line);
            } else if (line.role() == Line.Role.DATE && published.isEmpty()) {
                published = TimestampLines.value(line);
            }
        }
        return new Metadata(byline, "", published, "");
    }
}
