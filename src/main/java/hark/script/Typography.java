package hark.script;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds typographic characters to the plain ASCII forms FreeTTS understands: curly quotes and apostrophes (it reads
 * "Korea’s" as "Korea as"), dashes, ellipses, unusual spaces; removes control and invisible characters and the
 * accents of Latin letters ("café" to "cafe"). Stateless and thread-safe.
 */
final class Typography implements Rewrite {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMBER_DASH = Pattern.compile("(?<=\\d)\\s?[‐‑‒–—―−]\\s?(?=\\d)");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*\\.(?:\\s?\\.){2,}(?=\\s*[\\p{L}\\d])");
    private static final Pattern DASH = Pattern.compile("\\s*[‒–—―]+\\s*");

    @Override
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '‘', '’', '‚', '‛', '′', '`', '´' -> out.append('\'');
                case '“', '”', '„', '‟', '″', '«', '»' -> out.append('"');
                case '‐', '‑', '−' -> out.append('-');
                case '…' -> out.append("...");
                case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> { }
                default -> {
                    if (Character.isISOControl(c) || Character.isSpaceChar(c)) {
                        out.append(' ');
                    } else if (Character.isSurrogate(c) || Character.getType(c) == Character.PRIVATE_USE) {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        String folded = out.toString();
        if (hasAccentedLatin(folded)) {
            folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
            folded = Normalizer.normalize(folded, Normalizer.Form.NFC);
        }
        if (folded.contains("..") || folded.contains(". .")) {
            // an ellipsis inside a sentence is a pause, not a full stop
            folded = ELLIPSIS.matcher(folded).replaceAll(", ");
        }
        if (!hasDash(folded)) {
            return folded;
        }
        folded = NUMBER_DASH.matcher(folded).replaceAll("-");
        return DASH.matcher(folded).replaceAll(", ");
    }

    /** Letters that may carry accents: Latin-1 and Latin Extended, Greek and Cyrillic. */
    private static boolean hasAccentedLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC0 && c < 0x250 || c >= 0x1E00 && c < 0x1F00) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '‐' && c <= '―' || c == '−') {
                return true;
            }
        }
        return false;
    }
}
