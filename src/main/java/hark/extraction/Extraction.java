package hark.extraction;

import hark.article.Article;
import hark.article.ArticleExtractor;
import hark.article.ExtractionOptions;
import hark.article.html.HtmlArticleExtractor;
import hark.article.text.PastedTextCleaner;
import hark.source.Source;

/**
 * The article stage's one entry: chooses the extractor by what the source is, since HTML pages and pasted text are
 * cleaned differently. It sits above {@code hark.article} and its two extractors so that they depend only on the
 * article's records, never on each other or back on the chooser. Thread-safe.
 */
public final class Extraction implements ArticleExtractor {
    private final ArticleExtractor html;
    private final ArticleExtractor pasted;

    public Extraction(ExtractionOptions options) {
        this.html = new HtmlArticleExtractor(options);
        this.pasted = new PastedTextCleaner();
    }

    @Override
    public Article extract(Source source) {
        return source.format() == Source.Format.HTML ? html.extract(source) : pasted.extract(source);
    }
}
