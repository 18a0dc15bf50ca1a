package hark.article.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops what trails the last paragraph when it is not prose: related headlines, tag lists, widget buttons,
 * "Comments", a site footer. A list right after a paragraph that ends with a colon is the article's own and
 * stays. Stateless.
 */
public final class TrailingListFilter implements LineFilter {
    public static final TrailingListFilter INSTANCE = new TrailingListFilter();

    private TrailingListFilter() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        int last = -1;
        for (int i = lines.size() - 1; i >= 0 && last < 0; i--) {
            Line line = lines.get(i);
            if ((line.isBody() || line.role() == Line.Role.STANDFIRST) && line.isProse()) {
                last = i;
            }
        }
        if (last < 0) {
            return lines;
        }
        boolean introducesList = lines.get(last).text().stripTrailing().endsWith(":");
        List<Line> out = new ArrayList<>(lines.subList(0, last + 1));
        for (int i = last + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            introducesList &= line.bulleted() || line.words() <= 12;
            if (!line.isBody() || introducesList) {
                out.add(line);
            }
        }
        return out;
    }
}
