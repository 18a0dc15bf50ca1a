package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishSentenceSplitterTest {
    private final EnglishSentenceSplitter splitter = new EnglishSentenceSplitter();

    static Stream<Arguments> rules() throws IOException {
        try (InputStream in = EnglishSentenceSplitterTest.class.getResourceAsStream("/script/sentence-rules.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" => ", 2))
                    .map(parts -> Arguments.of(parts[0].replace("\\n", "\n"),
                            Arrays.stream(parts[1].split(" \\| ")).map(String::strip).toList()))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void splitsLikeACarefulReader(String text, List<String> expected) {
        assertThat(splitter.split(text)).containsExactlyElementsOf(expected);
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\t ")).isEmpty();
        assertThat(splitter.split(null)).isEmpty();
    }

    @Test
    void collapsesWhiteSpaceInsideASentence() {
        assertThat(splitter.split("One\u00a0 two\t three.")).containsExactly("One two three.");
    }

    @Test
    void longRunWithoutPunctuationIsOneSentence() {
        String run = "word ".repeat(2_000);
        assertThat(splitter.split(run)).hasSize(1);
    }
}
