package hark.article.text;

import java.util.List;

/**
 * One step of the pasted-text cleaner, in the shape of boilerpipe's filters: it takes the lines that are left and
 * returns those it keeps, perhaps with a new {@link Line.Role}. Filters are stateless and thread-safe; the chain is
 * listed in one place, {@link hark.article.text.PastedTextCleaner}.
 */
public interface LineFilter {
    List<Line> apply(List<Line> lines);
}
