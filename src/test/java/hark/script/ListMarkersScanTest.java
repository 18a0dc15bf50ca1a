package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import hark.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ListMarkers} finds markers by hand instead of with the pattern it used to try at every position (issue
 * 12); it must find exactly what the pattern found. The old code is kept here as the reference.
 */
class ListMarkersScanTest {
    private static final Pattern MARKER =
            Pattern.compile("(?<![^\\s])([•‣⁃◦▪●]\\s?)?(\\d{1,2}|[a-z])(\\.\\)|\\)|\\.)(?=\\s)");
    private static final Pattern BULLET = Pattern.compile("(?<=\\s)[•‣⁃◦▪●]");
    private static final String ALPHABET = "0123456789abczAZ.)).. \n\t\r\u000B\f•‣●◦x(";

    @Test
    void randomTextsGiveTheSameStartsAndDotsAsThePattern() {
        Random random = new Random(12);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertSameAsPattern(text.toString());
        }
    }

    @Test
    void listsAndProseGiveTheSameAsThePattern() {
        for (String text : List.of("1) The first item 2) The second item", "a. one b. two c. three",
                "• 9. nine • 10. ten", "He scored 3. Then he left.", "1.) first 2.) second", "•1. a •2. b",
                "12. twelve 13. thirteen 1. one", "x 1. 2. 3. ", "a) b) c)", "")) {
            assertSameAsPattern(text);
        }
    }

    @Test
    void theSeedArticleGivesTheSameAsThePattern() throws IOException {
        assertSameAsPattern(Files.readString(SharedData.require("fixtures/seed").resolve("scmp-gsomia.txt")));
    }

    private static void assertSameAsPattern(String text) {
        ListMarkers.Found scanned = ListMarkers.find(text);
        ListMarkers.Found reference = reference(text);
        assertThat(scanned.starts()).as("starts in \"%s\"", text).isEqualTo(reference.starts());
        assertThat(scanned.markerDots()).as("dots in \"%s\"", text).isEqualTo(reference.markerDots());
    }

    private record Marker(int start, int value, String style, int dotAt) {}

    /** ListMarkers.find as it was, with the pattern. */
    private static ListMarkers.Found reference(String text) {
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
            for (int j = 0; j < markers.size(); j++) {
                Marker other = markers.get(j);
                if (other.style().equals(here.style()) && (j > i && other.value() == here.value() + 1
                        || j < i && other.value() == here.value() - 1)) {
                    starts.set(here.start());
                    if (here.dotAt() >= 0) {
                        dots.set(here.dotAt());
                    }
                    break;
                }
            }
        }
        starts.clear(0);
        return new ListMarkers.Found(starts, dots);
    }
}
