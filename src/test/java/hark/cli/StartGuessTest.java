package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guess made from the raw arguments before picocli parses them: what start-up may begin early. */
class StartGuessTest {
    @Test
    void anArticleWithOptionsIsListeningAndTheOptionValuesAreNotTakenForIt() {
        assertThat(StartGuess.of(new String[] {"--speed", "1.5", "--voice", "low", "-o", "out.wav", "--plain",
                "examples/welcome.html"}))
                .contains(new StartGuess("examples/welcome.html", Optional.of("low"), false));
        assertThat(StartGuess.of(new String[] {"--captions", "--voice=bright", "https://example.com/a"}))
                .contains(new StartGuess("https://example.com/a", Optional.of("bright"), true));
        assertThat(StartGuess.of(new String[] {"-"})).contains(new StartGuess("-", Optional.empty(), false));
        assertThat(StartGuess.of(new String[] {"--", "--odd-name.txt"}))
                .contains(new StartGuess("--odd-name.txt", Optional.empty(), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "--version", "-V", "voices", "text x.html", "help", "config",
            "spoken x.html", "sentences x.html", "--plain", "", "x.html --help", "--debug x.html", "txet x.html"})
    void helpTheVersionOtherCommandsAndNoArticleStartNothing(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThat(StartGuess.of(args)).isEmpty();
    }

    @Test
    void aCommandThatDoesNotListenLeavesNothingRunning() {
        Hark hark = new CliRunnerHark().hark;
        Main.startEarly(hark, new String[] {"--help"});
        assertThat(hark.takeEarlyVoice()).isSameAs(EarlyVoice.none());
        assertThat(hark.takeEarlyArticle()).isSameAs(EarlyArticle.none());
    }

    /** A Hark with in-memory streams; no sound device, no terminal. */
    private static final class CliRunnerHark {
        final Hark hark = new Hark(java.io.InputStream.nullInputStream(),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                () -> {
                    throw new AssertionError("no terminal in this test");
                }, rate -> {
                    throw new AssertionError("no sound in this test");
                });
    }
}
