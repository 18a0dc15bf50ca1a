package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import hark.SharedData;
import hark.article.text.PastedTextCleaner;
import hark.source.Source;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole pastes in, cleaned text out: one fixture per family of clutter, plus the shared seed. */
class PastedFixturesTest {
    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(PastedFixturesTest.class.getResource("/pasted").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.endsWith(".expected.txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    private static String clean(Path pasted) throws IOException {
        String text = Files.readString(pasted, StandardCharsets.UTF_8);
        return new PastedTextCleaner().extract(new Source(pasted.toString(), text, Source.Format.TEXT, ""))
                .toPlainText();
    }

    private static String withoutFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachFixtureCleansToItsExpectedText(String name) throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/pasted").toURI());
        String expected = Files.readString(dir.resolve(name + ".expected.txt"), StandardCharsets.UTF_8);
        assertThat(clean(dir.resolve(name + ".txt"))).isEqualTo(withoutFinalNewline(expected));
    }

    @Test
    void theSeedArticleComesOutExactly() throws IOException {
        Path seed = SharedData.require("fixtures/seed");
        String expected = Files.readString(seed.resolve("scmp-gsomia.expected.txt"), StandardCharsets.UTF_8);
        assertThat(clean(seed.resolve("scmp-gsomia.txt"))).isEqualTo(withoutFinalNewline(expected));
    }
}
