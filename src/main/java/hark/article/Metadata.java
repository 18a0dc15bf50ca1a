package hark.article;

/**
 * What the page says about the article. Each field is empty when the page does not say.
 *
 * @param byline the author(s), without a leading "By"
 * @param site the publication's name
 * @param published the publication date as the page gives it (ISO 8601 where available)
 * @param language a BCP 47 tag such as "en" or "en-GB"
 */
public record Metadata(String byline, String site, String published, String language) {
    public static final Metadata NONE = new Metadata("", "", "", "");

    public Metadata {
        byline = byline == null ? "" : byline;
        site = site == null ? "" : site;
        published = published == null ? "" : published;
        language = language == null ? "" : language;
    }
}
