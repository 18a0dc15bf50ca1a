package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishNormalizerTest {
    private final EnglishNormalizer normalizer = new EnglishNormalizer(PronunciationDictionary.empty());

    static Stream<Arguments> cases() throws IOException {
        return cases("/script/spoken-cases.txt");
    }

    static Stream<Arguments> cases(String resource) throws IOException {
        try (InputStream in = EnglishNormalizerTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" => ", 2))
                    .map(parts -> Arguments.of(parts[0], parts[1].strip()))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void saysWhatACarefulReaderSays(String written, String spoken) {
        assertThat(normalizer.speakable(written)).isEqualTo(spoken);
    }

    @Test
    void foldsTypographicApostrophesThatFreeTtsReadsAsWordBreaks() {
        assertThat(normalizer.speakable("Korea’s")).isEqualTo("korea's");
    }

    @Test
    void blankOrNullIsEmpty() {
        assertThat(normalizer.speakable("")).isEmpty();
        assertThat(normalizer.speakable(null)).isEmpty();
        assertThat(normalizer.speakable(" \t\n")).isEmpty();
    }

    @Test
    void onlyNumbersBecomeWords() {
        assertThat(normalizer.speakable("12 345 6789 0")).doesNotContainPattern("\\d")
                .startsWith("twelve three hundred forty five");
    }

    @Test
    void otherScriptsAndEmojiAreDroppedButLatinTextRemains() {
        assertThat(normalizer.speakable("日本 and 😀 Привет ok")).isEqualTo("and ok");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(normalizer.speakable("one\u0000two\u0007three")).isEqualTo("one two three");
    }

    @Test
    void outputHasOnlyLowerCaseWordsAndSentencePunctuation() {
        String out = normalizer.speakable("The FBI paid $3.5m to Acme Corp. (see §4) <b>now</b> — 50% off!");
        assertThat(out).matches("[a-z' .,;:!?]*");
    }
}
