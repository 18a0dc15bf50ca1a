package hark.article.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the standfirst (lead, intro, deck) that many pages set apart from the body, above it in the article's
 * header: named so by its class, or a sub-heading sentence right under the h1. It must come before the article
 * elements, near them in the tree, and read as a sentence rather than a link. Stateless.
 */
final class Standfirst {
    private static final Pattern NAMES = Pattern.compile("\\b(lead|lede|leadin|intro|introduction|teaser|standfirst"
            + "|summary|subtitle|sub headline|subheadline|subhead|sub title|chapo|chapeau|perex|abstract|excerpt"
            + "|description|deck|dek|strapline|bajada|entradilla|subtitulo|opening|heading lead|article lead)\\b");
    private static final Pattern SENTENCE = Pattern.compile("[.!?:\u3002]\\s|[.!?\u3002\u2026\"\u201c\u201d]$|\\p{L}{3}.*\\s.*\\s");

    private Standfirst() {}

    /** The standfirst element, or null when the page has none outside the article elements. */
    static Element find(Element body, List<Element> roots) {
        if (roots.isEmpty() || roots.get(0) == body) {
            return null;
        }
        Map<Element, Integer> order = new IdentityHashMap<>();
        int i = 0;
        for (Element e : body.getAllElements()) {
            order.put(e, i++);
        }
        Element first = roots.get(0);
        int start = order.get(first);
        Element h1 = null;
        for (Element h : body.getElementsByTag("h1")) {
            if (order.get(h) < start) {
                h1 = h;
            }
        }
        Element region = first;
        for (int up = 0; up < 4 && region != body && region.parent() != null; up++) {
            region = region.parent();
        }
        TextStats stats = TextStats.of(region);
        Element best = null;
        for (Element e : region.getAllElements()) {
            int at = order.get(e);
            if (at >= start) {
                break;
            }
            if (h1 != null && at < order.get(h1) || isAncestor(e, first)) {
                continue;
            }
            boolean named = NAMES.matcher(Hints.words(e)).find() || e.attr("itemprop").equals("description");
            Element before = e.previousElementSibling();
            boolean subheading = (e.nameIs("h2") || e.nameIs("p")) && h1 != null && before != null
                    && (before == h1 || isAncestor(before, h1));
            if (!named && !subheading) {
                continue;
            }
            int length = stats.text(e);
            if (length >= 30 && length <= 1000 && stats.linkDensity(e) < 0.3 && !e.nameIs("h1")
                    && SENTENCE.matcher(e.text()).find() && e.getElementsByTag("h1").isEmpty()) {
                best = e; // the last one before the body is the nearest
            }
        }
        return best;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
