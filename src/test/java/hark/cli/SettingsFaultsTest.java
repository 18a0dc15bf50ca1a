package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A settings file that is corrupt, empty, huge or hostile: at most one line per problem, and hark goes on. */
class SettingsFaultsTest {
    @TempDir
    Path config;

    private CliRunner cli() {
        return new CliRunner().folders(config, config.resolve("state"));
    }

    private CliRunner runConfig() {
        CliRunner cli = cli();
        assertThat(cli.run("config")).isZero();
        return cli;
    }

    @Test
    void anEmptyFileMeansTheDefaultsSilently() throws IOException {
        Files.write(config.resolve("config.properties"), new byte[0]);
        CliRunner cli = runConfig();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).containsPattern("speed\\s+1.0\\s+\\(default\\)");
    }

    @Test
    void aHugeFileIsNotReadAndSaysSoInOneLine() throws IOException {
        // Valid settings after a huge comment: only the size check keeps them out.
        Files.writeString(config.resolve("config.properties"), "#" + "x".repeat(1024 * 1024) + "\nspeed = 2\n");
        CliRunner cli = runConfig();
        assertThat(cli.err().lines()).singleElement().asString().contains("config.properties: larger than 64 KB");
        assertThat(cli.out()).containsPattern("speed\\s+1.0\\s+\\(default\\)");
    }

    @Test
    void aBinaryFileGivesOneLineNotOnePerGarbageLine() throws IOException {
        byte[] garbage = new byte[16 * 1024];
        new Random(13).nextBytes(garbage);
        Files.write(config.resolve("config.properties"), garbage);
        CliRunner cli = runConfig();
        assertThat(cli.err().lines()).hasSizeLessThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).startsWith("hark: ").doesNotContain("\u001B", "\u0007"));
        assertThat(cli.out()).containsPattern("speed\\s+1.0\\s+\\(default\\)");
    }

    @Test
    void aBrokenUnicodeEscapeIsOneLineAndTheDefaults() throws IOException {
        Files.writeString(config.resolve("config.properties"), "speed = 1.5\nvoice = \\u12zz\n");
        CliRunner cli = runConfig();
        assertThat(cli.err().lines()).singleElement().asString().contains("could not read the settings",
                "using the defaults");
    }

    @Test
    void escapeSequencesInTheFileNeverReachTheTerminal() throws IOException {
        Files.writeString(config.resolve("config.properties"),
                "speed = \u001B[2J\u001B]52;c;cHduZWQ=\u0007fast\n\u001B]8;;http://x\u0007evil\u001B]8;;\u0007 = 1\n",
                StandardCharsets.UTF_8);
        CliRunner cli = runConfig();
        assertThat(cli.err()).contains("speed = ", "ignored", "unknown setting")
                .doesNotContain("\u001B").doesNotContain("\u0007");
    }
}
