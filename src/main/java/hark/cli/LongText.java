package hark.cli;

import hark.source.Source;
import java.util.Optional;

/**
 * A book-length pasted text's beginning, cleaned and split first so that the voice can start on it while the whole
 * is cleaned and split on another thread (issue 12): cleaning 1 MB takes about a second, and the listener would
 * hear nothing meanwhile. Only plain text is cut, since a paste's paragraphs end at blank lines, where the
 * beginning can end too; a page's HTML has no such place to cut. Texts up to {@value #LONG} characters, every
 * article in practice, are read whole as before. Stateless.
 */
final class LongText {
    /** Longer than this, a text is streamed; a long newspaper article is a tenth of it. */
    static final int LONG = 256 * 1024;
    /** About how much of the beginning is cleaned first: minutes of speech, and a hundredth of a second's work. */
    static final int BEGINNING = 16 * 1024;

    private LongText() {}

    /**
     * @return the text's beginning, up to the last blank line before about {@value #BEGINNING} characters, as a
     *     source of its own; empty when the text is not long, not plain text, or has no blank line to cut at
     */
    static Optional<Source> beginning(Source source) {
        return beginning(source, LONG, BEGINNING);
    }

    static Optional<Source> beginning(Source source, int longer, int about) {
        String text = source.text();
        if (source.format() != Source.Format.TEXT || text.length() <= longer) {
            return Optional.empty();
        }
        int cut = lastParagraphEnd(text, Math.min(about, text.length()));
        if (cut <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Source(source.origin(), text.substring(0, cut), source.format(), source.baseUri()));
    }

    /** The end of the last line before {@code limit} that a blank line follows; -1 if there is none. */
    private static int lastParagraphEnd(String text, int limit) {
        for (int i = limit - 1; i > 0; i--) {
            if (text.charAt(i) == '\n' && blankLineFollows(text, i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the line starting at {@code from} holds only spaces (a paste's paragraph break). */
    private static boolean blankLineFollows(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != '\r' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
