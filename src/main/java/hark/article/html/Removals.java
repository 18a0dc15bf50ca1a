package hark.article.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Runs a {@link NodeFilter} over a tree, but removes what it chooses afterwards, rebuilding each affected
 * parent's children once. jsoup's own {@code REMOVE} takes each node out of its parent's list and re-indexes all
 * the siblings after it, so clearing a parent with 100,000 children (a page nested that deep, which the parser
 * flattens at its depth limit) took minutes; this is linear. While the filter runs nothing has moved yet, so a
 * filter that looks at a previous sibling asks {@link #previousKept} instead. Not thread-safe; one use.
 *
 * <pre>{@code
 * Removals removals = new Removals();
 * removals.filter(body, filter);   // filter.head() returning REMOVE marks the node and skips its subtree;
 *                                  // removals.leaveSpace(node) beforehand leaves a space in its place
 * }</pre>
 */
final class Removals {
    private final Set<Node> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> spaced = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Applies the filter top-down as {@link Node#filter} does, then removes every node it returned REMOVE for. */
    void filter(Element root, NodeFilter filter) {
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return mark(node, filter.head(node, depth));
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return mark(node, filter.tail(node, depth));
            }
        });
        removeChosen();
    }

    /** When the node is removed, a space takes its place, so the words on either side of it stay apart. */
    void leaveSpace(Node node) {
        spaced.add(node);
    }

    /** The nearest previous sibling the filter has not chosen to remove, as it would be after removal. */
    Node previousKept(Node node) {
        Node n = node.previousSibling();
        while (n != null && chosen.contains(n)) {
            n = n.previousSibling();
        }
        return n;
    }

    private NodeFilter.FilterResult mark(Node node, NodeFilter.FilterResult result) {
        if (result != NodeFilter.FilterResult.REMOVE) {
            return result;
        }
        chosen.add(node);
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }

    private void removeChosen() {
        Map<Element, Boolean> parents = new LinkedHashMap<>();
        for (Node node : chosen) {
            if (node.parent() instanceof Element parent) {
                parents.put(parent, true);
            }
        }
        for (Element parent : parents.keySet()) {
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!chosen.contains(child)) {
                    kept.add(child);
                } else if (spaced.contains(child)) {
                    kept.add(new TextNode(" "));
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }
}
