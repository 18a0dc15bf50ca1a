package hark.article.text;

import java.util.ArrayList;
import java.util.List;

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

    private HardWrap() {}

    static List<String> unwrap(List<String> raw) {
        int width = raw.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
        if (width > MAX_WIDTH || width < 40 || !looksWrapped(raw, width)) {
            return raw;
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
