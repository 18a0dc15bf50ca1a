package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever an error quotes (here a file name that clears the screen and writes the clipboard), stderr gets it
 * clean: the message, and under --debug the stack trace, which quotes it again.
 */
class TerminalSafeOutputTest {
    private static final String HOSTILE = "\u001B[2J\u001B]52;c;cm0gLXJmIH4=\u0007";

    @TempDir
    Path dir;

    private static void assertClean(String printed) {
        assertThat(printed).doesNotContain("\u001B", "\u0007", "\u009B", "\u009D");
    }

    @Test
    void aMissingFileWhoseNameCarriesEscapesIsReportedClean() {
        CliRunner cli = new CliRunner().folders(dir.resolve("config"), dir.resolve("state"));
        assertThat(cli.run("text", dir.resolve("story" + HOSTILE + ".txt").toString())).isEqualTo(HarkException.INPUT);
        assertThat(cli.err()).startsWith("hark: ").contains("story");
        assertClean(cli.err());
    }

    @Test
    void theDebugTraceOfSuchAnErrorIsCleanToo() {
        CliRunner cli = new CliRunner().folders(dir.resolve("config"), dir.resolve("state"));
        assertThat(cli.run("text", "--debug", dir.resolve("story" + HOSTILE + ".txt").toString()))
                .isEqualTo(HarkException.INPUT);
        assertThat(cli.err()).contains("\tat ", "story");
        assertClean(cli.err());
    }

    @Test
    void aDirectoryWhoseNameCarriesEscapesIsReportedClean() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("stories" + HOSTILE));
        CliRunner cli = new CliRunner().folders(dir.resolve("config"), dir.resolve("state"));
        assertThat(cli.run("--debug", "text", folder.toString())).isEqualTo(HarkException.INPUT);
        assertThat(cli.err()).contains("is a directory");
        assertClean(cli.err());
    }

    @Test
    void theWriterKeepsLinesAndTabsAndDropsEverySequence() {
        StringWriter target = new StringWriter();
        PrintWriter safe = TerminalSafeWriter.around(new PrintWriter(target));
        safe.println("a" + HOSTILE + "b\tc");
        safe.printf("%s|%c|%d%n", "\u001B]8;;http://evil/\u0007link", '\u0007', 7);
        safe.print("\u202Ereversed");
        safe.flush();
        assertThat(target.toString()).isEqualTo("ab\tc\nlink||7\nreversed");
        assertThat(TerminalSafeWriter.around(safe)).as("wrapped once").isSameAs(safe);
    }
}
