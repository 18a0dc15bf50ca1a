package hark.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A user's catastrophic regex stops hark with one line naming the file and line, instead of hanging it. */
class PronunciationBoundTest {
    @Test
    @Timeout(30) // (a+)+$ on a 30,000-letter token runs for over a minute without the bound (Java 17)
    void catastrophicBacktrackingIsStoppedAndNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pronunciations");
        Files.writeString(file, "# mine\nGIF = jif\n/(a+)+$/ = many\n");
        PronunciationDictionary dictionary = PronunciationDictionary.load(List.of(file));
        assertThatThrownBy(() -> dictionary.apply("a".repeat(30_000) + "b"))
                .isInstanceOf(HarkException.class)
                .hasMessageStartingWith(file + ":3: the pattern /(a+)+$/ took over 500 ms")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((HarkException) e).exitCode()).isEqualTo(HarkException.USAGE));
    }

    @Test
    void theSamePatternOnHarmlessTextStillWorks() {
        PronunciationDictionary dictionary = PronunciationDictionary.parse("/(a+)+$/ = many\n/(\\d+)bps/i = $1 bits");
        assertThat(dictionary.apply("say aaa")).isEqualTo("say many");
        assertThat(dictionary.apply("at 300Bps")).isEqualTo("at 300 bits");
    }
}
