package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9's families of written forms (units, race times, dates, times, telephone numbers, IP addresses, fractions,
 * street and saint, titles and "pct", ratios, currencies, footnote marks, capitalised words, asides), with examples
 * of our own in {@code spoken-families.txt}. Where English has two readings, either is accepted. Compared as
 * score-speech compares (case and punctuation aside), except asides, whose commas are the point.
 */
class SpokenFamiliesTest {
    private final EnglishNormalizer normalizer = new EnglishNormalizer(PronunciationDictionary.empty());

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = SpokenFamiliesTest.class.getResourceAsStream("/script/spoken-families.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> {
                        String[] family = line.split(" \\| ", 2);
                        String[] parts = family[1].split(" => ", 2);
                        return Arguments.of(family[0], parts[0], Arrays.stream(parts[1].split(" \\|\\| "))
                                .map(String::strip).toList());
                    })
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void readsEachFamilyAsACarefulReaderWould(String family, String written, List<String> accepted) {
        String spoken = normalizer.speakable(written);
        if (family.equals("asides")) {
            assertThat(accepted).contains(spoken);
        } else {
            assertThat(accepted.stream().map(SpokenFamiliesTest::loose).toList()).contains(loose(spoken));
        }
    }

    /** Lower case, punctuation other than apostrophes dropped, spaces collapsed: score-speech's comparison. */
    static String loose(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\w\\s']", " ").replaceAll("\\s+", " ").strip();
    }
}
