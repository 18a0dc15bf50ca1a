package hark.source;

import hark.HarkException;
import hark.TerminalText;
/** Turns the raw bytes of a file, paste or response into a {@link Source}: refuses binaries, decodes, sniffs. */
final class SourceDecoder {
    private SourceDecoder() {}

    /**
     * @param origin what the user gave, kept in the Source
     * @param name how messages name the input (a path, "stdin" or a host)
     * @param baseUri where relative links resolve, for HTML
     */
    static Source fromBytes(String origin, String name, byte[] bytes, String baseUri) {
        refuseBinary(name, bytes);
        return fromText(origin, name, CharsetDecoder.decode(bytes), baseUri, false);
    }

    static void refuseBinary(String name, byte[] bytes) {
        ContentSniffer.binaryKind(bytes).ifPresent(kind -> {
            throw new HarkException(HarkException.INPUT, name + ": looks like " + kind
                    + ", not an article; give an HTML page, a text file or a URL"
                    + (kind.contains("PDF") ? " (copy the text out of your PDF viewer into a file)" : ""));
        });
    }

    static Source fromText(String origin, String name, String decoded, String baseUri, boolean knownHtml) {
        // Escape sequences and controls go here, before anything trims the text: String.trim() (jsoup's title() and
        // text()) drops an ESC or BEL at either end and leaves the rest of a sequence ("]52;c;...") as words.
        String text = TerminalText.spaced(StreamSafe.apply(decoded));
        if (text.isBlank()) {
            throw new HarkException(HarkException.INPUT, name + ": holds only white space; give an article");
        }
        boolean html = knownHtml || ContentSniffer.looksLikeHtml(text);
        return new Source(origin, text, html ? Source.Format.HTML : Source.Format.TEXT, html ? baseUri : "");
    }
}
