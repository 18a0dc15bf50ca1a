package hark.article.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold the article, in the manner of Readability: each paragraph scores by its length
 * and commas and gives that score to its ancestors (less the further up); class and id names weight the
 * ancestors; link density discounts them. The best ancestor is then widened to its parent when that holds
 * several strong candidates, and its siblings join it when they score well or read as prose. Stateless.
 */
final class ContentFinder {
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "center");
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody", "details");
    private static final Pattern COMMAS = Pattern.compile("[,\uff0c\u060c\u3001]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\uff01\uff1f]( |$)");

    private ContentFinder() {}

    /** The article's elements in page order; empty when the page has no paragraph worth scoring. */
    static List<Element> find(Element body, Element preferred) {
        TextStats stats = TextStats.of(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            int length;
            String text;
            if (PARAGRAPHS.contains(tag) || (CONTAINERS.contains(tag) && !hasBlockChild(e))) {
                if (PARAGRAPHS.contains(tag) && !tag.equals("p") && hasBlockChild(e)) {
                    continue;
                }
                text = e.text();
            } else if (CONTAINERS.contains(tag)) {
                text = ownText(e);
            } else {
                continue;
            }
            length = text.length();
            if (length < 25 || e.parent() == null) {
                continue;
            }
            // list items are more often menus and teasers than prose
            double score = (1 + count(COMMAS, text) + Math.min(length / 100.0, 3)) * (tag.equals("li") ? 0.5 : 1);
            Element target = PARAGRAPHS.contains(tag) || !hasBlockChild(e) ? e.parent() : e;
            for (int level = 0; target != null && target != body.parent() && level < 5; level++) {
                double share = score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (!scores.containsKey(target)) {
                    scores.put(target, initial(target));
                }
                scores.merge(target, share, Double::sum);
                target = target.parent();
            }
        }
        if (scores.isEmpty()) { // no paragraph: the whole page, unless it is only links
            return stats.linkDensity(body) > 0.5 ? List.of() : List.of(body);
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            entry.setValue(entry.getValue() * (1 - stats.linkDensity(entry.getKey())));
            ranked.add(entry);
        }
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Element top = ranked.get(0).getKey();
        if (preferred != null && stats.text(preferred) >= 0.5 * stats.text(top)) {
            top = preferred;
        } else {
            top = widen(top, ranked, scores, body);
        }
        Element chosen = top;
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return withSameKind(chosen, withSiblings(top, scores, stats, body), stats, body);
    }

    /**
     * Adds the other parts of an article that the page splits into several containers of the same tag and class
     * (sections between ads or pull-outs), in page order.
     */
    private static List<Element> withSameKind(Element chosen, List<Element> found, TextStats stats, Element body) {
        String className = chosen.className().strip();
        if (className.isEmpty() || chosen == body) {
            return found;
        }
        List<Element> parts = new ArrayList<>();
        for (Element e : body.getElementsByClass(chosen.classNames().iterator().next())) {
            if (e != chosen && e.normalName().equals(chosen.normalName()) && e.className().strip().equals(className)
                    && stats.text(e) >= 100 && stats.linkDensity(e) < 0.3 && !covered(e, found)) {
                parts.add(e);
            }
        }
        if (parts.isEmpty()) {
            return found;
        }
        List<Element> all = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (found.contains(e) || parts.contains(e) && !covered(e, all)) {
                all.add(e);
            }
        }
        return all;
    }

    private static boolean covered(Element e, List<Element> roots) {
        for (Element root : roots) {
            if (root == e || isAncestor(root, e) || isAncestor(e, root)) {
                return true;
            }
        }
        return false;
    }

    /** Moves up to a common ancestor of several near-top candidates, or to a parent that scores higher. */
    private static Element widen(Element top, List<Map.Entry<Element, Double>> ranked, Map<Element, Double> scores,
            Element body) {
        double topScore = scores.get(top);
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).getValue() / topScore >= 0.75) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(top, topScore);
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < last / 3) {
                break;
            }
            if (score > last) {
                top = parent;
                break;
            }
            last = score;
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats,
            Element body) {
        if (top == body || top.parent() == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * 0.2 : 0;
            boolean keep = scores.getOrDefault(sibling, -1e9) + bonus >= threshold;
            if (!keep && (sibling.nameIs("p") || (sibling.nameIs("div") && !hasBlockChild(sibling)))) {
                int length = stats.text(sibling);
                double density = stats.linkDensity(sibling);
                keep = (length > 80 && density < 0.25)
                        || (length > 0 && length <= 80 && density == 0 && SENTENCE_END.matcher(sibling.text()).find());
            }
            if (keep) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.nameIs("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            base += 10;
        }
        return base + Hints.weight(e);
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String ownText(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
            } else if (child instanceof Element c && !BLOCKS.contains(c.normalName())) {
                out.append(c.text());
            }
        }
        return out.toString().strip();
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        var m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
