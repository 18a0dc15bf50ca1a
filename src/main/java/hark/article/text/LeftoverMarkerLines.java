package hark.article.text;

import java.util.regex.Pattern;

/**
 * Drops the end markers that are left once the page is cut: above the article, "Comments", "Share", "Teilen:" or
 * "Schreib einen Kommentar" are links to those parts of the page, not words of the story. It runs after
 * {@link EndMarkerFilter} and {@link FurnitureTailFilter}, which need the same lines as places to cut. A heading
 * inside a story that reads only "Comments" is lost with them; it says nothing a listener misses. Stateless.
 */
public final class LeftoverMarkerLines implements LineRule {
    public static final LeftoverMarkerLines INSTANCE = new LeftoverMarkerLines();
    private static final int MARKER_WORDS = 5;
    private static final Pattern COMMENT_LINK = Pattern.compile(
            "(?:schreib|schreibe|hinterlasse|add|post|write|view|show|leave)(?: jetzt)? (?:einen |a |your )?"
            + "(?:kommentar|comment|reply)s?|kommentar hinzufügen|kommentare? (?:anzeigen|lesen)|teilen");

    private LeftoverMarkerLines() {}

    @Override
    public boolean drops(Line line) {
        if (line.words() > MARKER_WORDS || line.isProse() && line.text().endsWith(".")) {
            return false;
        }
        String key = line.key();
        return EndMarkerFilter.MARKER.matcher(key).matches() || COMMENT_LINK.matcher(key).matches();
    }
}
