package hark.article;

/**
 * Choices the user makes about what counts as the article.
 *
 * @param captions keep image captions and alt text (off by default: they interrupt the reading)
 */
public record ExtractionOptions(boolean captions) {
    public static final ExtractionOptions DEFAULT = new ExtractionOptions(false);
}
