package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own messages, as issue 10 found them: each one says what really happened. */
class CliMessagesTest {
    @TempDir
    Path config;

    private CliRunner cli() {
        return new CliRunner().folders(config, config.resolve("state"));
    }

    @Test
    void aMistypedCommandIsCalledAnUnknownCommand() {
        CliRunner cli = cli();
        assertThat(cli.run("textt", "x")).isEqualTo(HarkException.USAGE);
        assertThat(cli.err()).startsWith("hark: unknown command textt; did you mean `hark text`?")
                .doesNotContain("Unmatched");
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void aMistypedCommandAloneIsCalledAnUnknownCommandToo() {
        CliRunner cli = cli();
        assertThat(cli.run("voics")).isEqualTo(HarkException.USAGE);
        assertThat(cli.err()).startsWith("hark: unknown command voics; did you mean `hark voices`?");
    }

    @Test
    void anyUnknownWordFollowedByMoreIsAnUnknownCommand() {
        CliRunner cli = cli();
        assertThat(cli.run("frobnicate", "x")).isEqualTo(HarkException.USAGE);
        assertThat(cli.err()).startsWith("hark: unknown command frobnicate; the commands are text, sentences,");
    }

    @Test
    void aMissingFileIsStillAMissingFile() {
        CliRunner cli = cli();
        assertThat(cli.run("no-such-story.html")).isEqualTo(HarkException.INPUT);
        assertThat(cli.err()).contains("no-such-story.html").doesNotContain("unknown command");
    }

    @Test
    void helpIsACommand() {
        CliRunner cli = cli();
        assertThat(cli.run("help")).isZero();
        assertThat(cli.out()).contains("Usage: hark", "--speed", "text", "spoken");
        CliRunner sub = cli();
        assertThat(sub.run("help", "text")).isZero();
        assertThat(sub.out()).contains("Usage: hark text", "--json");
    }

    @Test
    void anFtpAddressIsRefusedByItsScheme() {
        for (String[] args : new String[][] {{"ftp://example.com/story.html"}, {"text", "ftp://example.com/a"},
                {"-o", "x.wav", "gopher://example.com/"}}) {
            CliRunner cli = cli();
            assertThat(cli.run(args)).as(String.join(" ", args)).isEqualTo(HarkException.INPUT);
            assertThat(cli.err()).contains("scheme is not supported").contains("://")
                    .doesNotContain("no such file");
            assertThat(cli.err().lines()).hasSize(1);
        }
    }

    @Test
    void aFileAddressReadsTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "A title\n\nThe first paragraph is here.\n");
        CliRunner cli = cli();
        assertThat(cli.run("text", file.toUri().toString())).isZero();
        assertThat(cli.out()).contains("The first paragraph is here.");
    }

    @Test
    void configFlagsAnUnknownVoiceInTheFile() throws IOException {
        Files.writeString(config.resolve("config.properties"), "voice = nosuch\n");
        CliRunner cli = cli();
        assertThat(cli.run("config")).isZero();
        assertThat(cli.out()).containsPattern("voice\\s+nosuch\\s+\\(config file\\)\\s+<- unknown voice");
        assertThat(cli.out()).doesNotContainPattern("speed.*unknown");
    }

    @Test
    void listeningWithAnUnknownVoiceFromTheFileNamesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(config.resolve("config.properties"), "voice = nosuch\n");
        Path file = Files.writeString(dir.resolve("story.txt"), "A title\n\nThe first paragraph is here.\n");
        CliRunner cli = cli();
        assertThat(cli.run(file.toString())).isEqualTo(HarkException.USAGE);
        assertThat(cli.err()).contains("config.properties: voice = nosuch: unknown voice");
    }

    /** Map.of's order changes from one JVM to the next; the known settings are listed as --help lists them. */
    @Test
    void settingsAreListedInAStableOrder() throws IOException {
        Files.writeString(config.resolve("config.properties"), "zoom = 2\nspeed = 9\nvolume = 11\n");
        CliRunner cli = cli();
        assertThat(cli.run("config")).isZero();
        // Problems in the order of the file; the unknown names together on one line (issue 13), in file order.
        assertThat(cli.err().lines()).containsExactly(
                "hark: " + config.resolve("config.properties") + ": speed = 9 ignored (--speed 9: must be between "
                        + "0.5 and 3.0); fix or remove that line",
                "hark: " + config.resolve("config.properties") + ": unknown settings \"zoom\", \"volume\" ignored; "
                        + "known: speed, voice, sentence-gap, plain, captions");
        assertThat(cli.out().lines().skip(1).map(l -> l.split("\\s+")[0]))
                .containsExactly("speed", "voice", "sentence-gap", "plain", "captions");
    }
}
