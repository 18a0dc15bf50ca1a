package hark.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts very long text into pieces a synthesizer handles well: at a clause boundary (a comma, semicolon, colon
 * or dash followed by a space) where there is one in the back part of the allowed length, else at the last
 * space, else (one giant word) at the length itself. Text short enough stays one piece. Stateless.
 *
 * <pre>{@code
 * ClauseChunker.chunks(longSentence, 300);  // ["first clause,", "second clause; ...", ...]
 * }</pre>
 */
public final class ClauseChunker {
    private static final String CLAUSE_MARKS = ",;:\u2014\u2013";

    private ClauseChunker() {}

    /** @return the trimmed, non-blank pieces of {@code text}, each at most {@code maxChars} long */
    public static List<String> chunks(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2: " + maxChars);
        }
        List<String> pieces = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > maxChars) {
            int cut = cutPoint(rest, maxChars);
            add(pieces, rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        add(pieces, rest);
        return pieces;
    }

    /** Where to end the first piece: just after a clause mark, else at a space, else at the limit. */
    private static int cutPoint(String text, int maxChars) {
        int floor = maxChars / 3; // a cut earlier than this would leave pieces needlessly short
        for (int i = maxChars - 1; i >= floor; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
            // A spaced dash (" - ") is a clause mark too.
            if (text.charAt(i) == '-' && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = maxChars; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // One giant word: cut it, but never between the two halves of a surrogate pair.
        return Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    }

    private static void add(List<String> pieces, String piece) {
        if (!piece.isBlank()) {
            pieces.add(piece.strip());
        }
    }
}
