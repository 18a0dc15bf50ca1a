package hark.article.html;

import hark.TerminalText;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Replaces escape sequences and control characters that a page writes as character references ({@code &#27;},
 * {@code &#x7;}) with spaces, in text, attributes and script data (JSON-LD), as the source does for raw ones.
 * The parser decodes them only now, and jsoup's {@code title()} and {@code text()} trim an ESC or BEL off either
 * end, which would leave the rest of a sequence ("]52;c;...") as words of the title. Stateless; mutates the
 * given document.
 */
final class PageControls {
    private PageControls() {}

    static void space(Document doc) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                String spaced = TerminalText.spaced(text);
                if (!spaced.equals(text)) {
                    t.text(spaced);
                }
            } else if (node instanceof DataNode d) {
                String data = d.getWholeData();
                String spaced = TerminalText.spaced(data);
                if (!spaced.equals(data)) {
                    d.setWholeData(spaced);
                }
            } else if (node instanceof Element e && e.attributesSize() > 0) {
                for (Attribute a : e.attributes()) {
                    String spaced = TerminalText.spaced(a.getValue());
                    if (!spaced.equals(a.getValue())) {
                        a.setValue(spaced);
                    }
                }
            }
        }, doc);
    }
}
