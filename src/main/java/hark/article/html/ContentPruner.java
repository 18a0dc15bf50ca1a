package hark.article.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from the chosen article elements the blocks that do not read as prose, after Readability's conditional
 * cleaning: link lists, short fragments, image galleries, headings made of links. Lists and tables that read as
 * text stay. Elements are judged top-down, each with its whole subtree, so a parent is never judged on a
 * half-pruned child. Stateless; mutates the given elements.
 */
final class ContentPruner {
    private static final Set<String> JUDGED = Set.of("div", "section", "table", "ul", "ol", "form", "fieldset",
            "aside", "header", "footer", "figure", "dl", "nav", "center", "article");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private ContentPruner() {}

    static void prune(Element root) {
        TextStats stats = TextStats.of(root);
        double rootText = Math.max(1, stats.text(root));
        Removals removals = new Removals();
        removals.filter(root, new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                FilterResult result = decide(node);
                if (result == FilterResult.REMOVE) {
                    removals.leaveSpace(node); // a removed block must not join the words on either side of it
                }
                return result;
            }

            private FilterResult decide(Node node) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (tag.equals("pre") || tag.equals("code")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                int length = stats.text(e);
                double density = stats.linkDensity(e);
                if (HEADINGS.contains(tag)) {
                    return Hints.weight(e) < 0 || (awayLinks(e) > 0.33 * length && !introducesProse(e, stats)) ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                if (tag.equals("p")) {
                    return density >= 0.8 && length < 200 ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                if (!JUDGED.contains(tag)) {
                    return FilterResult.CONTINUE;
                }
                if (tag.equals("table") && isDataTable(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return remove(e, tag, length, density, rootText, stats) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
    }

    private static boolean remove(Element e, String tag, int length, double density, double rootText,
                                  TextStats stats) {
        int weight = Hints.weight(e);
        double share = length / rootText;
        if (weight < 0 && share < 0.3) {
            return true;
        }
        // counted once for the whole tree: asking each of 100,000 nested elements would be quadratic
        if (stats.commas(e) >= 10) {
            return false;
        }
        int paragraphs = stats.tagged(e, "p");
        int images = stats.tagged(e, "img");
        int items = stats.tagged(e, "li");
        // from the counts too: each item's text, asked of every list around it, was cubic in a list nested deep
        int listText = stats.listText(e);
        boolean list = tag.equals("ul") || tag.equals("ol") || (length > 0 && listText > 0.9 * length);
        if (tag.equals("figure") && images > 0) {
            return false;
        }
        if (images > 1 && paragraphs < 0.5 * images) {
            return true;
        }
        if (!list && items > paragraphs + 1 && share < 0.3) {
            return true;
        }
        if (!list && length < 25 && (images == 0 || images > 2)) {
            return true;
        }
        if (list) {
            // a sub-list under an item ("In progress:" and its bug links) belongs to the list around it
            return share < 0.3 && mostlyLinks(e, stats) && !(e.parent() != null && e.parent().nameIs("li"));
        }
        return weight < 25 ? density > 0.25 && share < 0.5 : density > 0.5;
    }

    /**
     * Characters of link text that lead away from the page; links to anchors on the page itself (a heading that
     * links to itself or back to the table of contents) do not make a heading a teaser.
     */
    private static int awayLinks(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            if (!a.attr("href").startsWith("#")) {
                n += TextStats.collapsedLength(a.text());
            }
        }
        return n;
    }

    /** A heading followed by a paragraph of prose heads a section of the text, even when it is a link. */
    private static boolean introducesProse(Element heading, TextStats stats) {
        Element next = heading.nextElementSibling();
        while (next != null && stats.text(next) == 0) { // an emptied video or image frame in between
            next = next.nextElementSibling();
        }
        return next != null && next.nameIs("p") && stats.text(next) >= 150 && stats.linkDensity(next) < 0.2;
    }

    /**
     * A list whose items are mostly nothing but a link: a list of headlines or a menu, not prose. Only its own items
     * are counted; a sub-list is judged with the item that holds it, and is not walked.
     */
    private static boolean mostlyLinks(Element list, TextStats stats) {
        int[] items = new int[2]; // items with text, and those of them that are mostly link text
        NodeTraversor.filter((node, depth) -> {
            if (node != list && node instanceof Element li && li.nameIs("li")) {
                int length = stats.text(li);
                if (length > 0) {
                    items[0]++;
                    items[1] += stats.linkText(li) >= 0.8 * length ? 1 : 0;
                }
                return NodeFilter.FilterResult.SKIP_CHILDREN;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, list);
        return items[0] > 0 && items[1] >= 0.5 * items[0];
    }

    static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.select("table table").isEmpty()) {
            return false;
        }
        if (table.selectFirst("caption, th, thead, colgroup") != null || !table.attr("summary").isEmpty()) {
            return true;
        }
        int rows = table.select("tr").size();
        Element firstRow = table.selectFirst("tr");
        int columns = firstRow == null ? 0 : firstRow.select("td").size();
        return rows >= 10 || columns > 4 || (rows > 1 && columns > 1 && table.select("td p, td div").isEmpty());
    }

}
