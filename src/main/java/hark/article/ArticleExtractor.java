package hark.article;

import hark.source.Source;

/** Keeps the article and drops everything else on the page or in the paste. */
public interface ArticleExtractor {
    /** @throws hark.HarkException when the source holds no article text */
    Article extract(Source source);
}
