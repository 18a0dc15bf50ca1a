package hark.keys;

import static hark.keys.SessionHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.player.PlaybackState;
import hark.player.Scripts;
import hark.script.Script;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal.Signal;
import org.junit.jupiter.api.Test;

/** What reaches the terminal in full and plain mode, through a whole session. */
@Slow // a listening session on the in-memory sound device, which plays in real time
class ScreenOutputTest {
    private static final String HOSTILE = "Visible words\u001B[2J\u001B[H and \u001B]0;PWNED\u0007more"
            + " \u001B]8;;http://evil.example/\u001B\\link\u001B]8;;\u001B\\ text\u009B31m red\u0085"
            + " \u009D0;TITLE\u009C\u202Egnp.exe\u202C \u2066iso\u2069 \u001BPdcs\u001B\\ bell\u0007 end.";

    private static Script hostileArticle() {
        return new Script("Title\u001B]2;EVIL\u0007 \u001B[31mred", List.of(
                Scripts.paragraph(HOSTILE, "A second, ordinary sentence.")));
    }

    private static void assertNoArticleEscapes(String out) {
        assertThat(out).doesNotContain("\u001B]").doesNotContain("PWNED").doesNotContain("EVIL")
                .doesNotContain("TITLE").doesNotContain("\u001B[2J").doesNotContain("\u001BP")
                .doesNotContain("\u001B[31m").doesNotContain("\u0007").doesNotContain("dcs");
        assertThat(out.chars().filter(c -> c >= 0x80 && c <= 0x9F)).as("C1 controls").isEmpty();
        assertThat(out.chars().filter(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069))
                .as("bidi controls").isEmpty();
    }

    @Test
    void plainModeLetsNoEscapeSequenceOrControlFromTheArticleThrough() throws Exception {
        try (SessionHarness h = SessionHarness.xterm(hostileArticle(), Scripts.settings(1.0, true), 50.0, 2,
                Map.of()).start()) {
            assertThat(h.exitCode()).isZero();
            String out = h.output();
            assertNoArticleEscapes(out);
            assertThat(out).doesNotContain("\u001B");
            assertThat(out).contains("Visible words and more link text red gnp.exe iso bell end.")
                    .contains("Title red");
        }
    }

    @Test
    void fullModeLetsNoEscapeSequenceOrControlFromTheArticleThrough() throws Exception {
        try (SessionHarness h = SessionHarness.xterm(hostileArticle(), Scripts.settings(1.0, false), 50.0, 2,
                Map.of()).start()) {
            assertThat(h.exitCode()).isZero();
            String out = h.output();
            assertNoArticleEscapes(out);
            assertThat(out).contains("Visible words and more link text red gnp.exe iso bell end.");
        }
    }

    @Test
    void fullModeShowsTitleSentenceAndStatusLine() throws Exception {
        try (SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.5, false), 1.0,
                40, Map.of()).start()) {
            await(() -> VirtualScreen.render(h.output(), 80, 24).contains("First sentence of the first paragraph."),
                    "the sentence");
            List<String> rows = VirtualScreen.render(h.output(), 80, 24).lines().toList();
            assertThat(rows.get(0)).isEqualTo("A test article");
            assertThat(rows.get(21)).startsWith("[").endsWith("]   0%");
            assertThat(rows.get(22)).matches("Playing  1\\.5x  paragraph 1/3  sentence 1/3  0%  0:0\\d left");
            h.type("?");
            await(() -> VirtualScreen.render(h.output(), 80, 24).contains("pause and resume"), "the help");
            h.type("]"); // any key closes the help, and only closes it
            await(() -> !VirtualScreen.render(h.output(), 80, 24).contains("pause and resume"), "the help closed");
            assertThat(h.engine().snapshot().speed()).isEqualTo(1.5);
            h.type("]");
            await(() -> VirtualScreen.render(h.output(), 80, 24).contains("Speed 1.6x."), "the new speed");
            assertThat(VirtualScreen.render(h.output(), 80, 24)).doesNotContain("pause and resume")
                    .contains("Playing  1.6x");
        }
    }

    @Test
    void fullModeHelpPagesThroughEveryKeyOnASmallTerminal() throws Exception {
        SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 1.0, 40,
                Map.of());
        h.terminal.setSize(new Size(100, 12)); // 9 rows of help a page
        try (h) {
            h.start();
            h.awaitOutput("First sentence");
            StringBuilder seen = new StringBuilder();
            for (int page = 1; page <= 3; page++) {
                h.type("?");
                String wanted = "Keys, page " + page + " of 3";
                await(() -> VirtualScreen.render(h.output(), 100, 12).contains(wanted), wanted);
                seen.append(VirtualScreen.render(h.output(), 100, 12));
            }
            for (var help : hark.keys.KeyBindings.help()) {
                assertThat(seen).contains(help.action());
            }
            h.type("?"); // closes it
            await(() -> VirtualScreen.render(h.output(), 100, 12).contains("First sentence"), "the sentence back");
            assertThat(h.engine().snapshot().state()).isEqualTo(PlaybackState.PLAYING);
        }
    }

    @Test
    void fullModeRedrawsToTheNewWidthOnResize() throws Exception {
        try (SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 1.0,
                40, Map.of()).start()) {
            await(() -> VirtualScreen.render(h.output(), 80, 24).contains("First sentence of the first"), "a sentence");
            Thread.sleep(150);
            String before = h.output();
            h.terminal.setSize(new Size(30, 10));
            h.terminal.raise(Signal.WINCH);
            await(() -> h.output().length() > before.length() + 50, "a redraw");
            Thread.sleep(300);
            String screen = new VirtualScreen(80, 24).feed(before).resize(30, 10)
                    .feed(h.output().substring(before.length())).text();
            List<String> rows = screen.lines().toList();
            assertThat(rows).hasSize(10);
            assertThat(rows.get(0)).isEqualTo("A test article");
            assertThat(rows.get(2)).isEqualTo("First sentence of the first");
            assertThat(rows.get(3)).isEqualTo("paragraph.");
            assertThat(rows.get(8)).startsWith("Playing  1.0x").contains("0%", " left").hasSizeLessThan(30);
        }
    }

    @Test
    void noColorTurnsColourOffButColourIsUsedOtherwise() throws Exception {
        try (SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 50.0,
                2, Map.of("NO_COLOR", "1")).start()) {
            h.exitCode();
            assertThat(h.output()).doesNotContainPattern("\u001B\\[[0-9;]*3[0-7]m");
        }
        try (SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 50.0,
                2, Map.of()).start()) {
            h.exitCode();
            assertThat(h.output()).containsPattern("\u001B\\[[0-9;]*3[0-7]m");
        }
    }

    @Test
    void termDumbMeansPlainLines() throws Exception {
        try (SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 50.0,
                2, Map.of("TERM", "dumb")).start()) {
            assertThat(h.exitCode()).isZero();
            assertThat(h.output()).doesNotContain("\u001B");
            assertThat(h.output().lines()).contains("Second sentence of the second one.", "End of article.");
        }
    }
}
