package hark.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the items of numbered, lettered and bulleted lists run together in one text ("1) The first item 2) The
 * second item", "a. one b. two", "• 9. nine • 10. ten"). A number or letter counts as a marker only when the
 * next or previous marker of the same style is also present, so "He scored 3. Then" is no list. Stateless and
 * thread-safe.
 */
final class ListMarkers {
    /**
     * What a marker looks like: {@code (?<![^\s])([•‣⁃◦▪●]\s?)?(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)}. It is matched by
     * hand ({@link #markerAt}), which gives the same matches as the pattern but looks only where a word starts
     * instead of trying the pattern at every position: that try was a third of the time a long text took to split
     * (issue 12). The test keeps the pattern and checks the two agree.
     */
    private static final String BULLETS = "•‣⁃◦▪●";

    /** Where list items start (a sentence begins there) and which full stops belong to a marker. */
    record Found(BitSet starts, BitSet markerDots) {}

    private record Marker(int start, int value, String style, int dotAt) {}

    /** One match: where it starts and ends, the number or letter, and the punctuation after it and where. */
    private record Match(int start, int end, String number, String punctuation, int punctuationAt) {}

    private ListMarkers() {}

    static Found find(String text) {
        BitSet starts = new BitSet();
        BitSet dots = new BitSet();
        // a bullet after white space: (?<=\s)[•‣⁃◦▪●]
        for (int i = 1; i < text.length(); i++) {
            if (BULLETS.indexOf(text.charAt(i)) >= 0 && isSpace(text.charAt(i - 1))) {
                starts.set(i);
            }
        }
        List<Marker> markers = new ArrayList<>();
        for (Match m : matches(text)) {
            String number = m.number();
            int value = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : number.charAt(0) - 'a' + 1;
            String style = (Character.isDigit(number.charAt(0)) ? "n" : "a") + m.punctuation();
            int dot = m.punctuation().startsWith(".") ? m.punctuationAt() : -1;
            markers.add(new Marker(m.start(), value, style, dot));
        }
        for (int i = 0; i < markers.size(); i++) {
            Marker here = markers.get(i);
            if (hasNeighbour(markers, i)) {
                starts.set(here.start());
                if (here.dotAt() >= 0) {
                    dots.set(here.dotAt());
                }
            }
        }
        starts.clear(0);
        return new Found(starts, dots);
    }

    /** The markers in order, as {@code Matcher.find} would give them: leftmost first, each search after the last. */
    private static List<Match> matches(String text) {
        List<Match> found = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            // (?<![^\s]): at the start, or after white space
            Match m = at == 0 || isSpace(text.charAt(at - 1)) ? markerAt(text, at) : null;
            if (m == null) {
                at++;
            } else {
                found.add(m);
                at = m.end();
            }
        }
        return found;
    }

    /** The pattern's match starting at {@code start}, trying its choices in the pattern's order; null if none. */
    private static Match markerAt(String text, int start) {
        int n = text.length();
        // ([•‣⁃◦▪●]\s?)? is greedy: a bullet and a space, then a bullet alone, then neither
        if (start < n && BULLETS.indexOf(text.charAt(start)) >= 0) {
            if (start + 1 < n && isSpace(text.charAt(start + 1))) {
                Match m = numberAt(text, start, start + 2);
                if (m != null) {
                    return m;
                }
            }
            Match m = numberAt(text, start, start + 1);
            if (m != null) {
                return m;
            }
        }
        return numberAt(text, start, start);
    }

    /** (\d{1,2}|[a-z]) at {@code at}: two digits, then one, then a lower-case letter. */
    private static Match numberAt(String text, int start, int at) {
        int n = text.length();
        if (at >= n) {
            return null;
        }
        char c = text.charAt(at);
        if (c >= '0' && c <= '9') {
            if (at + 1 < n && text.charAt(at + 1) >= '0' && text.charAt(at + 1) <= '9') {
                Match m = punctuationAt(text, start, at, at + 2);
                if (m != null) {
                    return m;
                }
            }
            return punctuationAt(text, start, at, at + 1);
        }
        return c >= 'a' && c <= 'z' ? punctuationAt(text, start, at, at + 1) : null;
    }

    /** (\.\)|\)|\.)(?=\s) at {@code at}, in that order. */
    private static Match punctuationAt(String text, int start, int numberAt, int at) {
        int n = text.length();
        String number = text.substring(numberAt, at);
        if (at + 2 < n && text.charAt(at) == '.' && text.charAt(at + 1) == ')' && isSpace(text.charAt(at + 2))) {
            return new Match(start, at + 2, number, ".)", at);
        }
        if (at + 1 < n && (text.charAt(at) == ')' || text.charAt(at) == '.') && isSpace(text.charAt(at + 1))) {
            return new Match(start, at + 1, number, String.valueOf(text.charAt(at)), at);
        }
        return null;
    }

    /** The regular expressions' \s: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasNeighbour(List<Marker> markers, int index) {
        Marker here = markers.get(index);
        for (int j = 0; j < markers.size(); j++) {
            Marker other = markers.get(j);
            if (other.style().equals(here.style())
                    && (j > index && other.value() == here.value() + 1
                            || j < index && other.value() == here.value() - 1)) {
                return true;
            }
        }
        return false;
    }
}
