package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's folders come from the environment hark is given, not from the JVM's globals. */
class FoldersTest {
    @TempDir
    Path dir;

    @Test
    void thePronunciationsInTheGivenConfigFolderApply() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("pronunciations"), "Zorblax = zor blacks\n");
        CliRunner cli = new CliRunner().folders(config, dir.resolve("state")).stdin("Zorblax won.\n");
        assertThat(cli.run("spoken")).isZero();
        assertThat(cli.out()).contains("zor blacks won");
    }

    @Test
    void theSettingsInTheGivenConfigFolderApply() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("config.properties"), "speed = 1.5\n");
        CliRunner cli = new CliRunner().folders(config, dir.resolve("state"));
        assertThat(cli.run("config")).isZero();
        assertThat(cli.out()).contains(config.resolve("config.properties").toString())
                .containsPattern("speed\\s+1.5\\s+\\(config file\\)");
    }
}
