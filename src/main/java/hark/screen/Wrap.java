package hark.screen;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/** Word wrapping by terminal columns, so that wide characters (CJK, emoji) take the room they really take. */
final class Wrap {
    private Wrap() {}

    /** @return the text broken into lines of at most {@code width} columns, breaking between words */
    static List<String> words(String text, int width) {
        List<String> lines = new ArrayList<>();
        int limit = Math.max(1, width - 1);
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = columns(word);
            if (used > 0 && used + 1 + w > limit) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            while (w > limit) { // a word longer than the line is cut
                AttributedString a = new AttributedString(word);
                String head = a.columnSubSequence(0, limit - used).toString();
                if (head.isEmpty()) {
                    break;
                }
                line.append(head);
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                word = word.substring(head.length());
                w = columns(word);
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += w;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int columns(String s) {
        return new AttributedString(s).columnLength();
    }
}
