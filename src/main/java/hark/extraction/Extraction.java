package hark.article;

import hark.article.html.HtmlArticleExtractor;
import hark.source.Source;

/** Chooses the extractor by what the source is: HTML pages and pasted text are cleaned differently. */
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
