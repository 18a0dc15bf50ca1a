package hark.article.html;

import hark.HarkException;
import hark.article.Article;
import hark.article.ArticleExtractor;
import hark.article.Block;
import hark.article.ExtractionOptions;
import hark.article.Metadata;
import hark.source.Source;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** First version: the page title and its paragraphs. */
public final class HtmlArticleExtractor implements ArticleExtractor {
    public HtmlArticleExtractor(ExtractionOptions options) {}

    @Override
    public Article extract(Source source) {
        Document doc = Jsoup.parse(source.text(), source.baseUri());
        List<Block> blocks = doc.select("p").eachText().stream().filter(t -> !t.isBlank()).map(Block::paragraph).toList();
        if (blocks.isEmpty()) {
            throw new HarkException(HarkException.INPUT, source.origin() + ": no article text found");
        }
        return new Article(doc.title(), Metadata.NONE, blocks);
    }
}
