package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hark sentences` and `hark spoken` read files as the main path does, without cleaning them. */
class PlainCommandsTest {
    @TempDir
    Path dir;

    @Test
    void sentencesReadsAWindows1252FileLikeTheMainPath() throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"),
                new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'i', 's', ' ', 'o', 'p', 'e', 'n', '.', ' ', 'W', 'e', ' ',
                        'g', 'o', '.'});
        CliRunner cli = new CliRunner();
        assertThat(cli.run("sentences", file.toString())).isZero();
        assertThat(cli.out()).isEqualTo("Café is open.\nWe go.\n");
    }

    @Test
    void spokenLinesKeepsOneOutputLinePerInputLine() {
        CliRunner cli = new CliRunner().stdin("It cost $5.\nMr. Lee left. He came back.\n");
        assertThat(cli.run("spoken", "--lines")).isZero();
        assertThat(cli.out().lines()).containsExactly("it cost five dollars.",
                "mister lee left. he came back.");
    }

    @Test
    void aBinaryFileIsRefusedInOneLine() throws IOException {
        Path file = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0, 9});
        CliRunner cli = new CliRunner();
        assertThat(cli.run("sentences", file.toString())).isEqualTo(HarkException.INPUT);
        assertThat(cli.err().lines()).hasSize(1);
    }
}
