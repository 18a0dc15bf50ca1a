package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what trails the last paragraph when it is not prose: related headlines, tag lists, widget buttons,
 * "Comments", a site footer, and an author's note at the very end ("Jane Doe is a
 * science reporter."). A list right after a paragraph that ends with a colon is the article's own and
 * stays. Stateless.
 */
public final class TrailingListFilter implements LineFilter {
    public static final TrailingListFilter INSTANCE = new TrailingListFilter();

    /** Author notes sit in the last few lines: "Jane Doe is a reporter covering science." */
    private static final int TAIL = 3;
    static final Pattern AUTHOR_BIO = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’.-]+ ){1,3}(?:is|was|covers|writes|reports|has been|edits)\\b.{0,200}\\b(?:reporter"
            + "|correspondent|editor|writer|columnist|contributor|journalist|author|critic|producer|fellow)s?\\b");

    private TrailingListFilter() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        int last = -1;
        for (int i = lines.size() - 1; i >= 0 && last < 0; i--) {
            Line line = lines.get(i);
            boolean label = line.text().endsWith(":") && line.words() <= 2;
            if ((line.isBody() || line.role() == Line.Role.STANDFIRST) && line.isProse() && !label
                    && !(line.isBody() && lines.size() - i <= TAIL && AUTHOR_BIO.matcher(line.text()).find())) {
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
