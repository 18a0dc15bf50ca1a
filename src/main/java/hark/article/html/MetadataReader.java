package hark.article.html;

import hark.article.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article's title and metadata from a page before it is cleaned: meta tags (Open Graph, Dublin Core,
 * article:*), JSON-LD, and the byline, time and heading elements. Stateless, thread-safe.
 */
final class MetadataReader {
    /** Second levels that registries under a country domain sell to anyone: co.uk, com.au, org.nz, ne.jp... */
    private static final Set<String> GENERIC_SECOND_LEVEL =
            Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic", "mil");

    private static final Pattern LEADING_BY = Pattern.compile("(?i)^\\s*(by|von|par|por|door|di|da)\\s*:?\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("(?i)[a-z]{2,3}([-_][a-z0-9]{2,8})*");

    /** The title and metadata of a page. */
    record PageInfo(String title, Metadata metadata) {}

    private MetadataReader() {}

    static PageInfo read(Document doc, StructuredData data, String baseUri) {
        String site = first(meta(doc, "og:site_name"), data.publisher(), meta(doc, "application-name"));
        String title = title(doc, data, site, baseUri);
        String byline = byline(doc, data);
        String published = first(meta(doc, "article:published_time"), data.published(),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "DC.date.issued"), meta(doc, "dc.date"), meta(doc, "date"), meta(doc, "sailthru.date"),
                attr(doc, "[itemprop=datePublished]", "content"), attr(doc, "[itemprop=datePublished]", "datetime"),
                attr(doc, "article time[datetime], time[pubdate]", "datetime"));
        String language = language(first(doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang"),
                meta(doc, "og:locale"), data.language(), httpEquiv(doc, "content-language"), meta(doc, "language"),
                meta(doc, "dc.language")));
        return new PageInfo(title, new Metadata(byline, site, published, language));
    }

    private static String title(Document doc, StructuredData data, String site, String baseUri) {
        List<String> sites = new ArrayList<>(List.of(site, domain(baseUri), domainLabel(baseUri)));
        Element canonical = doc.selectFirst("link[rel=canonical], meta[property=og:url]");
        if (canonical != null) {
            String url = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
            sites.add(domain(url));
            sites.add(domainLabel(url));
        }
        List<String> h1s = doc.select("h1").eachText();
        String h1 = h1s.size() == 1 ? h1s.get(0) : "";
        String og = meta(doc, "og:title");
        String raw = doc.title();
        List<String> headlines = new ArrayList<>();
        for (String h : List.of(data.headline(), h1, og)) {
            if (!h.isBlank()) {
                headlines.add(h);
            }
        }
        String fromTitle = raw.isBlank() ? "" : TitleCleaner.clean(raw, sites, headlines);
        String fromOg = og.isBlank() ? "" : TitleCleaner.clean(og, sites, List.of());
        String headline = data.headline().length() > 300 ? "" : data.headline();
        // The h1 wins when the <title>, og:title or JSON-LD headline is made of it plus decoration.
        String h1Key = TitleCleaner.key(h1);
        if (h1Key.length() >= 10 && (TitleCleaner.key(raw).contains(h1Key) || TitleCleaner.key(og).contains(h1Key)
                || TitleCleaner.key(headline).contains(h1Key))) {
            return h1.strip().replaceAll("\\s+", " ");
        }
        // A <title> or og:title that is only the site's name ("India Post") is no headline when the page has one.
        return first(notSiteName(fromOg, sites), headline, notSiteName(fromTitle, sites), h1, fromOg, fromTitle)
                .replaceAll("\\s+", " ");
    }

    private static String byline(Document doc, StructuredData data) {
        String author = first(meta(doc, "author"), data.author(), meta(doc, "article:author"),
                meta(doc, "dc.creator"), meta(doc, "sailthru.author"), text(doc, "[rel=author]"),
                text(doc, "[itemprop=author] [itemprop=name]"), text(doc, "[itemprop=author]"),
                text(doc, ".byline, .author, .post-author, .article-author"));
        author = LEADING_BY.matcher(author.strip()).replaceFirst("").replaceAll("\\s+", " ").strip();
        if (author.startsWith("http") || author.contains("/") && !author.contains(" ") || author.length() > 120) {
            return "";
        }
        return author;
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            if (m.attr("property").equalsIgnoreCase(name) || m.attr("name").equalsIgnoreCase(name)
                    || m.attr("itemprop").equalsIgnoreCase(name)) {
                String content = m.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return "";
    }

    private static String httpEquiv(Document doc, String name) {
        Element m = doc.selectFirst("meta[http-equiv=" + name + "]");
        return m == null ? "" : m.attr("content").strip();
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? "" : e.attr(attr).strip();
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        String t = e == null ? "" : e.text().strip();
        return t.length() <= 100 ? t : "";
    }

    private static String language(String raw) {
        String tag = raw.strip().split("[,;\\s]")[0];
        if (!LANGUAGE.matcher(tag).matches()) {
            return "";
        }
        String[] parts = tag.replace('_', '-').split("-");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            out.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return out.toString();
    }

    static String domain(String url) {
        String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "").toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The name a site is registered under: "bbc" for news.bbc.co.uk, "nytimes" for www.nytimes.com. Under a
     * two-letter country domain, a generic second level (co, com, org, ...) is skipped, as in .co.uk or .com.au;
     * that covers the registries news comes from without carrying the whole public-suffix list.
     */
    static String domainLabel(String url) {
        String[] labels = domain(url).split("\\.");
        if (labels.length < 2) {
            return "";
        }
        int last = labels.length - 1;
        boolean countrySecondLevel = labels.length >= 3 && labels[last].length() == 2
                && GENERIC_SECOND_LEVEL.contains(labels[last - 1]);
        return labels[last - (countrySecondLevel ? 2 : 1)];
    }

    /** @return the title, or "" when it is nothing but one of the names the site goes by */
    private static String notSiteName(String title, List<String> sites) {
        String t = TitleCleaner.key(title).replace(" ", "");
        for (String site : sites) {
            String s = TitleCleaner.key(site).replace(" ", "");
            if (!t.isEmpty() && t.equals(s)) {
                return "";
            }
        }
        return title;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
