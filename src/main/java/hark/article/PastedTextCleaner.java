package hark.article;

import hark.HarkException;
import hark.source.Source;
import java.util.ArrayList;
import java.util.List;

/** First version: first non-blank line is the title, every other non-blank line a paragraph. */
public final class PastedTextCleaner implements ArticleExtractor {
    @Override
    public Article extract(Source source) {
        List<String> lines = source.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new HarkException(HarkException.INPUT, source.origin() + ": no article text found");
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            blocks.add(Block.paragraph(line));
        }
        return new Article(lines.get(0), Metadata.NONE, blocks);
    }
}
