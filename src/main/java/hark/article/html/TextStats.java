package hark.article.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length and link-text length of every element under a root, counted in one pass so that scoring a large
 * page stays linear. Lengths count characters with whitespace runs collapsed. Not thread-safe; a snapshot that
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

    double linkDensity(Element e) {
        int text = text(e);
        return text == 0 ? 0 : (double) linkText(e) / text;
    }

    private final class Counter implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                counts.put(e, new int[2]);
            } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                int[] c = counts.get(parent);
                if (c != null) {
                    c[0] += collapsedLength(t.getWholeText());
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
                if (e.parent() != null) {
                    int[] p = counts.get(e.parent());
                    if (p != null) {
                        p[0] += c[0];
                        p[1] += c[1];
                    }
                }
            }
        }
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
