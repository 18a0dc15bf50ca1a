package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins paragraphs of a hard-wrapped paste (an e-mail, a plain-text file, a terminal copy), where each paragraph
 * is broken into lines of about the same width. A browser paste keeps each paragraph on one long line, so a text
 * with any line longer than {@value #MAX_WIDTH} characters is left as it is. Within a wrapped text a line is joined
 * to the next when it reaches close to the wrap width, which is where the wrapping broke it. Stateless.
 */
final class HardWrap {
    static final int MAX_WIDTH = 100;
    /** A line this close to the widest line was broken by the wrap, not by the writer. */
    private static final double NEAR_WIDTH = 0.7;
    /** A layout breaks long lines; a short line that stops without a full stop is a label or a menu item. */
    private static final int BROKEN_LINE = 40;
    private static final Pattern CODE = Pattern.compile("[_{}=<>;]|\\w\\(|\\w\\.\\w+\\.\\w");

    private HardWrap() {}

    static List<String> unwrap(List<String> raw) {
        int width = raw.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
        if (width > MAX_WIDTH || width < 40 || !looksWrapped(raw, width)) {
            return joinBrokenSentences(raw);
        }
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        for (String line : raw) {
            String stripped = line.strip();
            if (paragraph != null && !stripped.isEmpty()) {
                paragraph.append(' ').append(stripped);
            } else {
                if (paragraph != null) {
                    out.add(paragraph.toString());
                    paragraph = null;
                }
                if (stripped.isEmpty() || stripped.length() < NEAR_WIDTH * width) {
                    out.add(line);
                    continue;
                }
                paragraph = new StringBuilder(stripped);
            }
            if (stripped.length() < NEAR_WIDTH * width) {
                out.add(paragraph.toString());
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.add(paragraph.toString());
        }
        return out;
    }

    /**
     * A page copied whole keeps most paragraphs on one line, but a preformatted or table-laid-out part of it (an
     * archived page, a plain-text document in a frame) still comes wrapped. A long line that stops mid-sentence
     * and runs on into a line starting in lower case is one sentence broken by the layout: join the two, so the
     * later steps see the paragraph rather than a column of fragments.
     */
    static List<String> joinBrokenSentences(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        StringBuilder joined = null;
        for (String line : raw) {
            String stripped = line.strip();
            if (joined != null && startsLowerCase(stripped) && !looksLikeCode(stripped)) {
                joined.append(' ').append(stripped);
            } else {
                if (joined != null) {
                    out.add(joined.toString());
                }
                joined = new StringBuilder(line);
            }
            if (stripped.length() < BROKEN_LINE || TextShape.endsSentence(stripped) || !endsMidClause(stripped)
                    || looksLikeCode(stripped)) {
                out.add(joined.toString());
                joined = null;
            }
        }
        if (joined != null) {
            out.add(joined.toString());
        }
        return out;
    }

    /** A sentence broken by the layout stops on a word or a comma; a table row stops on a figure or a unit sign. */
    private static boolean endsMidClause(String line) {
        char last = line.charAt(line.length() - 1);
        return Character.isLetter(last) || ",;-–".indexOf(last) >= 0;
    }

    /** Source code runs on in lower case too ("from x import y"), but its lines are its own. */
    private static boolean looksLikeCode(String line) {
        return CODE.matcher(line).find();
    }

    private static boolean startsLowerCase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }

    /** At least three near-width lines run straight on into a next line that starts in lower case or mid-clause. */
    private static boolean looksWrapped(List<String> raw, int width) {
        int breaks = 0;
        for (int i = 0; i + 1 < raw.size(); i++) {
            String line = raw.get(i).strip();
            String next = raw.get(i + 1).strip();
            if (line.length() >= NEAR_WIDTH * width && !next.isEmpty()
                    && (Character.isLowerCase(next.codePointAt(0)) || !TextShape.endsSentence(line))) {
                breaks++;
            }
        }
        return breaks >= 3;
    }
}
