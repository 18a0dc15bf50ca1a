package hark.article.html;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Removes from a parsed page what is never article text: scripts and other non-text elements, hidden elements,
 * and (when {@code useHints}) boilerplate blocks named by their tag, class, id or role: navigation, share bars,
 * newsletter and cookie boxes, related lists, comments, author boxes, captions. A block that holds most of the
 * page's text is kept whatever its name, since then the name is wrong (a page-wide wrapper called "sidebar-layout").
 * Stateless; mutates the given document.
 */
final class PageCleaner {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "option", "link",
            "meta", "audio", "video", "source", "track", "map", "dialog", "head", "title", "frameset", "frame",
            "applet", "picture", "label");
    /** Elements no browser draws in the text's flow (an image is drawn, but a word closes up without it). */
    private static final Set<String> NEVER_DRAWN = Set.of("script", "style", "noscript", "template", "head", "title",
            "meta", "link", "source", "track", "map", "dialog", "img");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "menu");
    /**
     * Shares of the page's text above which a block is never removed for its name alone: a page-wide wrapper may be
     * called "sidebar-layout", but rarely "cookie-consent".
     */
    private static final double GUARD = 0.4;
    private static final double STRONG_GUARD = 0.6;

    private final boolean useHints;
    private final boolean captions;

    PageCleaner(boolean useHints, boolean captions) {
        this.useHints = useHints;
        this.captions = captions;
    }

    void clean(Document doc) {
        Element body = doc.body();
        TextStats stats = TextStats.of(body);
        double pageText = Math.max(1, stats.text(body));
        Removals removals = new Removals();
        removals.filter(body, new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                FilterResult result = decide(e);
                if (result == FilterResult.REMOVE && shown(e)) {
                    removals.leaveSpace(e);
                }
                return result;
            }

            private FilterResult decide(Element e) {
                String tag = e.normalName();
                if (tag.equals("img")) {
                    return captions ? FilterResult.CONTINUE : FilterResult.REMOVE;
                }
                if (NEVER_TEXT.contains(tag) || Hints.hidden(e)) {
                    return FilterResult.REMOVE;
                }
                if (e.attr("aria-modal").equals("true")) {
                    return FilterResult.REMOVE;
                }
                if (!captions && (tag.equals("figcaption") || Hints.caption(e))
                        && stats.text(e) < pageText * GUARD) {
                    return FilterResult.REMOVE;
                }
                int text = stats.text(e);
                if (!useHints) {
                    return BOILERPLATE_TAGS.contains(tag) && text < pageText * GUARD
                            ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                // a gallery is captions whatever its share of the text; a page that is only a gallery comes
                // through the second attempt, which reads no names
                if (!captions && Hints.gallery(e) && !tag.equals("article") && !tag.equals("main")) {
                    return FilterResult.REMOVE;
                }
                if (text >= pageText * STRONG_GUARD || tag.equals("article") || tag.equals("main")) {
                    return FilterResult.CONTINUE;
                }
                Hints.Furniture furniture = Hints.furniture(e);
                if (furniture == Hints.Furniture.STRONG) {
                    return FilterResult.REMOVE;
                }
                if (text >= pageText * GUARD) {
                    return FilterResult.CONTINUE;
                }
                if (BOILERPLATE_TAGS.contains(tag)
                        || (tag.equals("form") && !e.select("input[type~=(?i)email|text|search], textarea").isEmpty())) {
                    return FilterResult.REMOVE;
                }
                boolean weak = furniture == Hints.Furniture.WEAK
                        || (tag.equals("header") && e.closest("article, main") == null);
                return weak && !prose(e, stats) && !inRunningText(e, removals) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
    }

    /**
     * Whether a browser draws the element: then the text on either side of it is apart on screen, and removing it
     * must not join the last word before it to the first word after it ("here" + a share bar + "and"). Hidden and
     * never-drawn elements join their neighbours, as on screen; so does an image, which is left out of a word.
     */
    private static boolean shown(Element e) {
        return !NEVER_DRAWN.contains(e.normalName()) && !Hints.hidden(e);
    }

    /**
     * An element set inside a sentence (text right beside it) or holding a formula is part of the text whatever its
     * class says: a MathJax container is "CtxtMenu_Attached", which reads as a menu.
     */
    private static boolean inRunningText(Element e, Removals removals) {
        if (e.selectFirst("math") != null) {
            return true;
        }
        return !ContentFinder.BLOCKS.contains(e.normalName())
                && (textBeside(removals.previousKept(e)) || textBeside(e.nextSibling()));
    }

    private static boolean textBeside(Node node) {
        return node instanceof TextNode t && !t.isBlank();
    }

    /** Two or more real paragraphs: text, not furniture, whatever the block is called. */
    private static boolean prose(Element e, TextStats stats) {
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (stats.text(p) >= 150 && stats.linkDensity(p) < 0.2 && ++paragraphs >= 2) {
                return true;
            }
        }
        return false;
    }
}
