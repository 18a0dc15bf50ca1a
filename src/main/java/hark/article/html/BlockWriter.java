package hark.article.html;

import hark.article.Block;
import hark.article.BlockKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns article elements into blocks in reading order, in the shape of jsoup's HtmlToPlainText: block elements
 * end a block, headings, list items, quotes and data-table rows give their kind, links are read as their text.
 * Two line breaks in a row start a new block; one reads as a space. Captions and alt text become CAPTION blocks
 * only when asked for. Not thread-safe: one writer per extraction.
 */
final class BlockWriter implements NodeVisitor {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th",
            "tbody", "thead", "tfoot", "caption", "details", "summary", "center", "body", "menu");
    /** Stands for a {@code <br>} in the text being gathered; page text never holds this private-use character. */
    private static final char BR = '\uE000';
    private static final Pattern BREAKS = Pattern.compile("\uE000[\\s\u00a0]*\uE000[\\s\u00a0\uE000]*");
    /** Soft hyphens and zero-width characters: invisible on the page, but they split words for search and speech. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u00ad\u200c\u200d\u2060\ufeff]");
    private static final Pattern SPACE = Pattern.compile("[\\s\u00a0\u200b\u2028\u2029\uE000]+");

    private final boolean captions;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<Element> kindOwners = new ArrayDeque<>();
    private final Deque<BlockKind> kinds = new ArrayDeque<>();
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

    private BlockWriter(boolean captions) {
        this.captions = captions;
    }

    static List<Block> write(List<Element> roots, boolean captions) {
        BlockWriter writer = new BlockWriter(captions);
        for (Element root : roots) {
            NodeTraversor.traverse(writer, root);
            writer.flush();
        }
        return writer.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text.append(INVISIBLE.matcher(t.getWholeText()).replaceAll("").replace(BR, ' '));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            text.append(BR);
            return;
        }
        if (tag.equals("img")) {
            String alt = e.attr("alt").strip();
            if (captions && alt.length() > 1) {
                flush();
                blocks.add(new Block(BlockKind.CAPTION, clean(alt)));
            }
            return;
        }
        if ((tag.equals("td") || tag.equals("th")) && inDataTable(e)) {
            if (!text.toString().isBlank()) {
                text.append(", ");
            }
            return;
        }
        if (!BLOCK_TAGS.contains(tag)) {
            return;
        }
        flush();
        BlockKind kind = switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
            case "blockquote" -> BlockKind.QUOTE;
            case "figcaption", "caption" -> BlockKind.CAPTION;
            case "tr" -> inDataTable(e) ? BlockKind.TABLE : null;
            default -> null;
        };
        if (kind != null) {
            kindOwners.push(e);
            kinds.push(kind);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())
                && !((e.nameIs("td") || e.nameIs("th")) && inDataTable(e))) {
            flush();
            if (kindOwners.peek() == e) {
                kindOwners.pop();
                kinds.pop();
            }
        }
    }

    private boolean inDataTable(Element cell) {
        Element table = cell.closest("table");
        return table != null && dataTables.computeIfAbsent(table, ContentPruner::isDataTable);
    }

    private void flush() {
        if (text.isEmpty()) {
            return;
        }
        BlockKind kind = kinds.isEmpty() ? BlockKind.PARAGRAPH : kinds.peek();
        for (String part : BREAKS.split(text)) {
            String clean = clean(part);
            if (kind == BlockKind.TABLE) {
                clean = clean.replaceAll("^(, )+|(, )+$", "").replaceAll("(, ){2,}", ", ");
            }
            if (!clean.isEmpty() && !clean.equals(",") && (captions || kind != BlockKind.CAPTION)) {
                blocks.add(new Block(kind, clean));
            }
        }
        text.setLength(0);
    }

    private static String clean(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
