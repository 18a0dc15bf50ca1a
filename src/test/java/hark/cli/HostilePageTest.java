package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Environment;
import hark.HarkException;
import hark.article.ExtractionOptions;
import hark.player.PlaybackState;
import hark.player.Snapshot;
import hark.screen.PlainScreen;
import hark.script.Position;
import hark.script.Script;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that tries to write to the listener's terminal: clear the screen (CSI 2J), write the clipboard (OSC 52),
 * hide a link (OSC 8), ring the bell, back over text, and reverse it (U+202E). None of it reaches stdout or stderr.
 */
class HostilePageTest {
    static final String CLEAR = "\u001B[2J";
    static final String CLIPBOARD = "\u001B]52;c;cm0gLXJmIH4=\u0007";
    static final String LINK = "\u001B]8;;https://evil.example/\u001B\\click\u001B]8;;\u001B\\";
    static final String HOSTILE = CLEAR + CLIPBOARD + LINK + "\u0007\b\b\b\u202E";

    @TempDir
    Path dir;

    private static void assertClean(String printed) {
        assertThat(printed).doesNotContain("\u001B", "\u0007", "\b", "\u202E", "\u009B", "\u009D");
    }

    @Test
    void escapesInTheTitleAndBodyNeverReachTextOutput() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Title " + HOSTILE + "here</title></head><body><article>"
                + "<h1>Head " + HOSTILE + "line</h1><p>The council met on Monday " + HOSTILE + "to agree a budget "
                + "for the next year, after months of talks between its members.</p><p>It passed by twelve votes to "
                + "four. " + HOSTILE + "The mayor said the vote was a good day for the city.</p></article></body></html>",
                StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner();
        assertThat(cli.run("text", page.toString())).isZero();
        assertThat(cli.out()).contains("council met on Monday", "good day for the city");
        assertClean(cli.out());
        assertClean(cli.err());
        CliRunner json = new CliRunner();
        assertThat(json.run("text", "--json", page.toString())).isZero();
        assertClean(json.out());
    }

    @Test
    void escapesInPastedTextNeverReachSpokenOrSentences() {
        String paste = "A headline " + HOSTILE + "\n\nThe council met on Monday " + HOSTILE + "to agree a budget.\n";
        for (String command : new String[] {"sentences", "spoken"}) {
            CliRunner cli = new CliRunner().stdin(paste);
            assertThat(cli.run(command, "-")).isZero();
            assertClean(cli.out());
        }
    }

    /** ESC or BEL at either end of a title or block is what String.trim() (jsoup's title()) took off. */
    private static final String OSC52 = "\u001B]52;c;SGVsbG8=\u0007";
    private static final String OSC8 = "\u001B]8;;http://evil.example/\u0007";
    private static final String OSC52_ENTITIES = "&#27;]52;c;SGVsbG8=&#x7;";

    private static void assertNoSequenceText(String printed) {
        assertClean(printed);
        assertThat(printed).doesNotContain("52;c", "SGVsbG8", "8;;", "evil");
    }

    @Test
    void sequencesAtTheEdgesOfTheTitleAndParagraphsGoWholeFromAPage() throws IOException {
        Path page = dir.resolve("edges.html");
        Files.writeString(page, "<html><head><title>" + OSC52 + "Budget day" + OSC8 + "</title></head><body><article>"
                + "<p>" + OSC52 + "The council met on Monday to agree a budget for the next year, after months of "
                + "talks.</p><p>It passed by twelve votes to four" + OSC8 + "</p><p>" + OSC52_ENTITIES + "The mayor "
                + "said&#7;the vote was a good day for the city.&#x1b;]8;;http://evil.example/&#7;</p>"
                + "</article></body></html>", StandardCharsets.UTF_8);
        for (String command : new String[] {"text", "sentences"}) {
            CliRunner cli = new CliRunner();
            assertThat(cli.run(command, page.toString())).isZero();
            assertThat(cli.out().lines().findFirst()).hasValue("Budget day");
            assertThat(cli.out()).contains("The council met on Monday", "twelve votes to four",
                    "The mayor said the vote");
            assertNoSequenceText(cli.out());
        }
    }

    @Test
    void thePlainScreenShowsTheTitleAndSentencesWithoutThem() throws IOException {
        Path page = dir.resolve("plain.html");
        Files.writeString(page, "<html><head><title>" + OSC52 + "Budget day" + OSC8 + "</title></head><body><article>"
                + "<p>" + OSC52 + "The council met on Monday to agree a budget for the next year, after months of "
                + "talks between its members, which all of them said had been long" + OSC8 + "</p></article></body>"
                + "</html>", StandardCharsets.UTF_8);
        Pipeline pipeline = new Pipeline(InputStream.nullInputStream(), ExtractionOptions.DEFAULT,
                new Environment(Map.of(), Map.of("hark.config.dir", dir.resolve("config").toString())));
        Script script = pipeline.script(pipeline.article(page.toString()));
        StringWriter out = new StringWriter();
        PlainScreen screen = new PlainScreen(new PrintWriter(out, true));
        // the first paragraph is the announcement (the title); the article's own text comes after it
        String first = script.paragraphs().get(script.paragraphs().size() - 1).sentences().get(0).text();
        Snapshot state = new Snapshot(script.title(), PlaybackState.PLAYING, 1.0, Position.START, 1, 1, 0, 60, first,
                "kevin16", 30);
        screen.open(state);
        screen.sentence(state);
        assertThat(out.toString().lines().findFirst()).hasValue("Budget day");
        assertThat(out.toString()).contains("The council met on Monday");
        assertNoSequenceText(out.toString());
    }

    @Test
    void sequencesAtTheEdgesOfLinesGoWholeFromAPastedFile() throws IOException {
        Path paste = dir.resolve("pasted.txt");
        Files.writeString(paste, OSC52 + "Budget day" + OSC8 + "\n\n" + OSC52 + "The council met on Monday to agree "
                + "a budget for the next year, after months of talks.\n\nIt passed by twelve votes to four." + OSC8
                + "\n\nThe mayor said\u0007the vote was a good day for the city.\n", StandardCharsets.UTF_8);
        for (String command : new String[] {"text", "sentences"}) {
            CliRunner cli = new CliRunner();
            assertThat(cli.run(command, paste.toString())).isZero();
            assertThat(cli.out()).contains("The council met on Monday", "twelve votes to four",
                    "The mayor said the vote");
            assertNoSequenceText(cli.out());
        }
    }

    @Test
    void escapesInAFileNameNeverReachTheErrorLine() {
        CliRunner cli = new CliRunner();
        int code = cli.run("text", dir.resolve("missing" + HOSTILE + ".html").toString());
        assertThat(code).isEqualTo(HarkException.INPUT);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("hark: ").contains("no such file");
        assertClean(cli.err());
    }

    @Test
    void escapesInAPageWithNoArticleNeverReachTheErrorLine() throws IOException {
        Path page = dir.resolve("empty.html");
        Files.writeString(page, "<html><head><title>" + HOSTILE + "</title></head><body><nav>" + HOSTILE
                + "</nav></body></html>", StandardCharsets.UTF_8);
        CliRunner cli = new CliRunner();
        assertThat(cli.run("text", page.toString())).isEqualTo(HarkException.INPUT);
        assertThat(cli.err().lines()).hasSize(1);
        assertClean(cli.err());
    }
}
