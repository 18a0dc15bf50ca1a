package hark.article.html;

import hark.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD says about its article: headline, body, author, publisher, date and language. Every field
 * is empty when the page does not say. The body is a hint to be checked against the DOM, never trusted alone.
 *
 * @param headline the headline
 * @param body the {@code articleBody} text
 * @param author author names joined with " and "
 * @param publisher the publisher's name
 * @param published {@code datePublished}
 * @param language {@code inLanguage}
 */
record StructuredData(String headline, String body, String author, String publisher, String published,
        String language) {
    static final StructuredData NONE = new StructuredData("", "", "", "", "", "");

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(article|posting|report|story|review|recipe|webpage|creativework|liveblog).*");

    /** Reads the first article-like object of the page's {@code application/ld+json} scripts. */
    static StructuredData of(Document doc) {
        List<Map<?, ?>> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)ld\\+json]")) {
            Json.parse(script.data().strip()).ifPresent(v -> collect(v, objects, 0));
        }
        Map<?, ?> best = null;
        int bestRank = 0;
        for (Map<?, ?> o : objects) {
            int rank = rank(o);
            if (rank > bestRank) {
                best = o;
                bestRank = rank;
            }
        }
        if (best == null) {
            return NONE;
        }
        String publisher = name(best.get("publisher"));
        if (publisher.isEmpty()) {
            for (Map<?, ?> o : objects) {
                if (String.valueOf(o.get("@type")).matches("(?i).*(WebSite|Organization|NewsMediaOrganization).*")) {
                    publisher = text(o.get("name"));
                    break;
                }
            }
        }
        return new StructuredData(text(best.get("headline")), text(best.get("articleBody")),
                name(best.get("author")), publisher, text(best.get("datePublished")), text(best.get("inLanguage")));
    }

    private static int rank(Map<?, ?> o) {
        String type = String.valueOf(o.get("@type"));
        boolean article = ARTICLE_TYPE.matcher(type).matches() && !type.contains("WebSite");
        int rank = article ? 1 : 0;
        if (o.containsKey("headline")) {
            rank += 2;
        }
        if (o.containsKey("articleBody")) {
            rank += 2;
        }
        return article || rank >= 2 ? rank : 0;
    }

    private static void collect(Object value, List<Map<?, ?>> out, int depth) {
        if (depth > 4) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            out.add(map);
            collect(map.get("@graph"), out, depth + 1);
            collect(map.get("mainEntity"), out, depth + 1);
        }
    }

    /** A person or organisation given as a string, an object with "name", or a list of these. */
    private static String name(Object value) {
        if (value instanceof List<?> list) {
            List<String> names = new ArrayList<>();
            for (Object v : list) {
                String n = name(v);
                if (!n.isEmpty() && !names.contains(n)) {
                    names.add(n);
                }
            }
            return String.join(" and ", names);
        }
        if (value instanceof Map<?, ?> map) {
            return text(map.get("name"));
        }
        return text(value);
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            // JSON's own escapes ("\\u001b") and entities decode only now, after the page's controls were spaced
            return TerminalText.spaced(org.jsoup.parser.Parser.unescapeEntities(s, false)).strip();
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return text(list.get(0));
        }
        return "";
    }
}
