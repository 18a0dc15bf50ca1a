package hark.article.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length and link-text length of every element under a root, with its commas and its {@code p}, {@code img}
 * and {@code li} elements (itself included, as {@code getElementsByTag} counts) and the text of those {@code li},
 * counted in one pass so that
 * scoring a large page stays linear: asking each of 100,000 nested elements for its text or its paragraphs would
 * walk its whole subtree each time. Lengths count characters with whitespace runs collapsed. Not thread-safe; a snapshot that
 * goes stale when the tree changes.
 */
final class TextStats {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    int text(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    int linkText(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[1];
    }

    /** Commas of any script in the element's text, as {@code e.text()} holds them. */
    int commas(Element e) {
        return count(e, 2);
    }

    /** {@code e.getElementsByTag(tag).size()} for {@code p}, {@code img} or {@code li}. */
    int tagged(Element e, String tag) {
        return count(e, switch (tag) {
            case "p" -> 3;
            case "img" -> 4;
            case "li" -> 5;
            default -> throw new IllegalArgumentException("not counted: " + tag);
        });
    }

    /**
     * The text lengths of the element's {@code li} elements (itself included) added up, a nested item's text
     * counted again in each item around it, as summing {@code li.text()} over {@code getElementsByTag("li")} does.
     */
    int listText(Element e) {
        return count(e, 6);
    }

    private int count(Element e, int slot) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[slot];
    }

    double linkDensity(Element e) {
        int text = text(e);
        return text == 0 ? 0 : (double) linkText(e) / text;
    }

    private final class Counter implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                counts.put(e, new int[7]);
            } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                int[] c = counts.get(parent);
                if (c != null) {
                    String text = t.getWholeText();
                    c[0] += collapsedLength(text);
                    c[2] += commas(text);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                int[] c = counts.get(e);
                if (e.nameIs("a")) {
                    c[1] = c[0];
                }
                c[3] += e.nameIs("p") ? 1 : 0;
                c[4] += e.nameIs("img") ? 1 : 0;
                c[5] += e.nameIs("li") ? 1 : 0;
                c[6] += e.nameIs("li") ? c[0] : 0;
                if (e.parent() != null) {
                    int[] p = counts.get(e.parent());
                    if (p != null) {
                        for (int i = 0; i < c.length; i++) {
                            p[i] += c[i];
                        }
                    }
                }
            }
        }
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    static int collapsedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ws = ch <= ' ' || ch == '\u00a0' || Character.isWhitespace(ch);
            if (!ws) {
                n++;
            } else if (!space) {
                n++;
            }
            space = ws;
        }
        return n;
    }
}
