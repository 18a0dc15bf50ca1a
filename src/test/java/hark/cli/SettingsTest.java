package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults come from the XDG config file; flags override them; `hark config` says which came from where. */
class SettingsTest {
    @TempDir
    Path config;
    @TempDir
    Path state;

    /** hark with this test's config and state folders. */
    private CliRunner cli() {
        return new CliRunner().folders(config, state);
    }

    @Test
    void configShowsDefaultsWhenThereIsNoFile() {
        CliRunner cli = cli();
        assertThat(cli.run("config")).isZero();
        assertThat(cli.out()).contains("(not present)").containsPattern("speed\\s+1.0\\s+\\(default\\)");
    }

    @Test
    void configFileSetsDefaultsAndFlagsOverrideThem() throws IOException {
        Files.writeString(config.resolve("config.properties"), "speed = 1.5\nvoice = low\n");
        CliRunner cli = cli();
        assertThat(cli.run("--voice", "brisk", "config")).isZero();
        assertThat(cli.out())
                .containsPattern("speed\\s+1.5\\s+\\(config file\\)")
                .containsPattern("voice\\s+brisk\\s+\\(command line\\)");
    }

    @Test
    void badLineInConfigFileIsReportedOnceAndIgnored() throws IOException {
        Files.writeString(config.resolve("config.properties"), "speed = 9\nvoice = low\nvolume = 11\n");
        CliRunner cli = cli();
        assertThat(cli.run("config")).isZero();
        assertThat(cli.err().lines()).hasSize(2);
        assertThat(cli.err()).contains("config.properties: speed = 9 ignored", "fix or remove that line",
                "unknown setting \"volume\"");
        assertThat(cli.out()).containsPattern("speed\\s+1.0\\s+\\(default\\)")
                .containsPattern("voice\\s+low\\s+\\(config file\\)");
    }

    @Test
    void badConfigLineDoesNotStopOtherCommands() throws IOException {
        Files.writeString(config.resolve("config.properties"), "sentence-gap = 99999\n");
        CliRunner cli = cli().stdin("One sentence. Two sentences.");
        assertThat(cli.run("sentences")).isZero();
        assertThat(cli.out()).isEqualTo("One sentence.\nTwo sentences.\n");
        assertThat(cli.err().lines()).singleElement().asString().contains("sentence-gap = 99999 ignored");
    }

    @Test
    void userVoiceFilesAreListedBesideTheShippedOnes() throws IOException {
        Files.createDirectories(config.resolve("voices"));
        Files.writeString(config.resolve("voices/mine.voice"), "description = my own\npitch = 90\n");
        CliRunner cli = cli();
        assertThat(cli.run("voices")).isZero();
        assertThat(cli.out()).contains("kevin16").contains("mine").contains("my own");
    }

    @Test
    void badVoiceFileNamesTheFileAndTheKey() throws IOException {
        Files.createDirectories(config.resolve("voices"));
        Files.writeString(config.resolve("voices/broken.voice"), "pitch = high\n");
        CliRunner cli = cli();
        assertThat(cli.run("voices")).isEqualTo(HarkException.INPUT);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).contains("broken.voice").contains("pitch");
    }
}
