package hark.article.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops raw markup that a copy carried along: a text browser dumps an ad slot's or a tracking pixel's HTML
 * verbatim ({@code <div><a href="...doubleclick..."><img ...></a></div>}), and nobody wants it read aloud. A line
 * goes when tags make up at least half of it; an article about HTML that mentions {@code <div>} in a sentence
 * stays. Stateless; use {@link #INSTANCE}.
 */
public final class MarkupLines implements LineRule {
    public static final MarkupLines INSTANCE = new MarkupLines();
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

    private MarkupLines() {}

    @Override
    public boolean drops(Line line) {
        String text = line.text();
        if (text.indexOf('<') < 0) {
            return false;
        }
        int tagChars = 0;
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            tagChars += m.end() - m.start();
        }
        return tagChars * 2 >= text.strip().length();
    }
}
