package hark.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the items of numbered, lettered and bulleted lists run together in one text ("1) The first item 2) The
 * second item", "a. one b. two", "• 9. nine • 10. ten"). A number or letter counts as a marker only when the
 * next or previous marker of the same style is also present, so "He scored 3. Then" is no list. Stateless and
 * thread-safe.
 */
final class ListMarkers {
    private static final Pattern MARKER =
            Pattern.compile("(?<![^\\s])([•‣⁃◦▪●]\\s?)?(\\d{1,2}|[a-z])(\\.\\)|\\)|\\.)(?=\\s)");
    private static final Pattern BULLET = Pattern.compile("(?<=\\s)[•‣⁃◦▪●]");

    /** Where list items start (a sentence begins there) and which full stops belong to a marker. */
    record Found(BitSet starts, BitSet markerDots) {}

    private record Marker(int start, int value, String style, int dotAt) {}

    private ListMarkers() {}

    static Found find(String text) {
        BitSet starts = new BitSet();
        BitSet dots = new BitSet();
        Matcher bullets = BULLET.matcher(text);
        while (bullets.find()) {
            starts.set(bullets.start());
        }
        List<Marker> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            String number = m.group(2);
            int value = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : number.charAt(0) - 'a' + 1;
            String style = (Character.isDigit(number.charAt(0)) ? "n" : "a") + m.group(3);
            int dot = m.group(3).startsWith(".") ? m.start(3) : -1;
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
