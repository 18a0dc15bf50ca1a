package hark.article.text;

import java.util.List;

/**
 * A filter that judges each body line on its own: lines it {@link #drops} go, the rest stay in order. Lines that
 * other filters have already marked (title, byline, date) are left alone.
 */
public interface LineRule extends LineFilter {
    /** @return true when the line is clutter */
    boolean drops(Line line);

    @Override
    default List<Line> apply(List<Line> lines) {
        return lines.stream().filter(line -> !line.isBody() || !drops(line)).toList();
    }
}
