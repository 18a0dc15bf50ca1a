package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.StringLength;

/** Random Unicode, and random mixes of the characters the rules look at, never break the splitter or normalizer. */
@Tag("slow") // jqwik reads its own @Tag, not JUnit Jupiter's (so not hark.Slow)
class ScriptPropertiesTest {
    private static final EnglishSentenceSplitter SPLITTER = new EnglishSentenceSplitter();
    private static final EnglishNormalizer NORMALIZER = new EnglishNormalizer(PronunciationDictionary.empty());

    @Provide
    Arbitrary<String> tricky() {
        Arbitrary<String> pieces = Arbitraries.of("Mr.", "U.S.", " ", "  ", "\n", "\n\n", ".", "...", ". . .", "!",
                "?!", "\"", "“", "”", "’", "(", ")", "[", "]", "1.", "2)", "a.", "•", "$", "£", "€", "¥", "HK$",
                "3.50", "1,200", "2019", "'90s", "12kg", "30°C", "3:45pm", "10 a.m.", "½", "3/4", "5-10", "–", "—",
                "#1", "24/7", "2x", "&", "+", "%", "@", "example.com", "jane@example.org", "https://a.b/c",
                "World War II", "Henry VIII", "I", "FBI", "NATO", "St.", "Dr.", "e.g.", "No.", "Nov", "23rd",
                "555-0123", "COVID-19", "é", "日本", "😀", "\u0000", "\u202e", "Привет", "word", "The", "the", "9/11",
                "-", "0", "00000000000000000000000000", "99999999999999999999", "999999999999999999st", "1.2.3.4", "¼", "\t", "\r\n",
                "[1]", "[a]", "[citation needed]", "(", "50:50", "3:43.13", "9.58s", "₦", "N500m", "₹20 lakh", "Rt. Hon.",
                "pct", "km³", "lb-ft", "5'10\"", "+44 (20) 7946-0958", "020 7946 0018", "192.168.10.4", " - ", "MAX",
                "JAN", "on 3/4", "kg/m²", "CNY", "10.49 s");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void splitterNeverThrowsNorLosesCharactersNorMakesEmptySentences(@ForAll("tricky") String text) {
        assertSplitsCleanly(text);
    }

    @Property(tries = 300)
    void splitterCopesWithAnyUnicode(@ForAll @StringLength(max = 300) String text) {
        assertSplitsCleanly(text);
    }

    @Property(tries = 400)
    void normalizerNeverThrowsAndSpeaksOnlyPlainWords(@ForAll("tricky") String text) {
        assertSpeakable(NORMALIZER.speakable(text));
    }

    @Property(tries = 400)
    void noStepThrowsEvenWithoutTheNormalizersSafetyNet(@ForAll("tricky") String text) {
        String out = text;
        for (Rewrite step : NORMALIZER.steps()) {
            out = step.apply(out);
        }
        assertSpeakable(out);
    }

    @Property(tries = 300)
    void normalizerCopesWithAnyUnicode(@ForAll @StringLength(max = 300) String text) {
        assertSpeakable(NORMALIZER.speakable(text));
    }

    @Property(tries = 10)
    void longRunsWithoutPunctuationStayWhole(@ForAll("tricky") String word) {
        String run = (word.isBlank() ? "x" : word.replaceAll("[.!?…\\s]", "x")).repeat(10_000 / Math.max(1,
                word.length()) + 1);
        assertSplitsCleanly(run);
        assertSpeakable(NORMALIZER.speakable(run));
    }

    private static void assertSplitsCleanly(String text) {
        List<String> sentences = SPLITTER.split(text);
        assertThat(sentences).allSatisfy(s -> {
            assertThat(s).isNotBlank();
            assertThat(s).isEqualTo(s.strip());
        });
        assertThat(nonSpace(String.join("", sentences))).isEqualTo(nonSpace(text));
    }

    private static void assertSpeakable(String spoken) {
        assertThat(spoken).matches("[a-z' .,;:!?]*");
        assertThat(spoken).isEqualTo(spoken.strip());
        assertThat(spoken).doesNotContain("  ");
    }

    private static String nonSpace(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
