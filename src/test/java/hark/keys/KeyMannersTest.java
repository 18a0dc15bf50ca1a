package hark.keys;

import static hark.keys.SessionHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.player.PlaybackState;
import hark.player.Scripts;
import hark.script.Position;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 10: the last sentence, the help, the search field and the messages, through the real key handling. */
@Slow // a listening session on the in-memory sound device, which plays in real time
class KeyMannersTest {
    private static SessionHarness full() throws Exception {
        return SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 1.0, 40, Map.of());
    }

    private static SessionHarness plain() throws Exception {
        return SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, true), 1.0, 40, Map.of());
    }

    private static String screen(SessionHarness h) {
        return VirtualScreen.render(h.output(), 80, 24);
    }

    @Test
    void rightArrowOnTheLastSentenceSaysSoAndStays() throws Exception {
        try (SessionHarness h = plain()) {
            h.session.startAt(new Position(2, 0));
            h.start();
            h.awaitOutput("The only sentence of the last paragraph.");
            h.type("\u001B[C\u001B[C\u001B[C");
            h.awaitOutput("Last sentence.", 3);
            assertThat(h.exit()).as("the article is not finished by a key").isNotDone();
            assertThat(h.engine().snapshot().state()).isNotEqualTo(PlaybackState.ENDED);
            assertThat(h.index()).isEqualTo(5);
            h.type("Q");
            assertThat(h.exitCode()).isZero();
            assertThat(h.session.reachedEnd()).isFalse();
            assertThat(h.session.stoppedAt()).isEqualTo(new Position(2, 0));
        }
    }

    @Test
    void anyKeyClosesTheHelpAndDoesNothingElse() throws Exception {
        try (SessionHarness h = full().start()) {
            await(() -> screen(h).contains("First sentence of the first paragraph."), "the sentence");
            h.type("?");
            await(() -> screen(h).contains("key to close"), "the help");
            h.type("x"); // not bound to anything
            await(() -> !screen(h).contains("pause and resume"), "the help to close on an unbound key");
            h.type("?");
            await(() -> screen(h).contains("key to close"), "the help again");
            h.type(" ");
            await(() -> !screen(h).contains("pause and resume"), "the help to close on Space");
            assertThat(h.engine().snapshot().state()).as("Space only closed the help").isEqualTo(PlaybackState.PLAYING);
            h.type("?");
            await(() -> screen(h).contains("key to close"), "the help a third time");
            h.type("q");
            assertThat(h.exitCode()).as("q still quits from the help").isZero();
        }
    }

    @Test
    void searchFieldEditsWithArrowsAndCtrlU() throws Exception {
        try (SessionHarness h = full().start()) {
            await(() -> screen(h).contains("First sentence of the first paragraph."), "the sentence");
            h.type("/lsat");
            await(() -> screen(h).contains("Search: lsat|"), "the field");
            h.type("\u001B[D\u001B[D\u001B[D"); // ← three times: the cursor goes after the l
            await(() -> screen(h).contains("Search: l|sat"), "the cursor moved left");
            h.type("a\u001B[C\u007F"); // insert a, → over the s, then Backspace deletes that s
            await(() -> screen(h).contains("Search: la|at"), "the edit at the cursor");
            h.type("\u0015"); // Ctrl-U clears the field
            await(() -> screen(h).contains("Search: |"), "the field cleared");
            h.type("only sentence\r");
            await(() -> screen(h).contains("Found in paragraph 3 of 3."), "the search to find it");
        }
    }

    @Test
    void plainModeEchoesWhatIsTypedIntoTheSearch() throws Exception {
        try (SessionHarness h = plain().start()) {
            h.awaitOutput("First sentence of the first paragraph.");
            h.type("/only");
            h.awaitOutput("Search: only");
            h.type("\u001B[D\u001B[D!");
            h.awaitOutput("Search: on!ly");
            h.type("\u0015second one\r");
            h.awaitOutput("Search: second one");
            h.awaitOutput("Found in paragraph 2 of 3.");
            assertThat(h.output()).doesNotContain("\u001B");
        }
    }

    @Test
    void capitalQSaysThePlaceWasSaved() throws Exception {
        try (SessionHarness h = plain().start()) {
            h.awaitOutput("First sentence of the first paragraph.");
            h.type("Q");
            assertThat(h.exitCode()).isZero();
            assertThat(h.output()).contains("Stopped at paragraph 1 of 3; the place is saved");
        }
    }

    @Test
    void changesOnlyPrintsChangesButNoSentences() throws Exception {
        try (SessionHarness h = plain()) {
            h.session.changesOnly();
            h.start();
            await(() -> !h.calls.isEmpty(), "speech to start");
            h.type(" ");
            h.awaitOutput("Paused.");
            h.type("]");
            h.awaitOutput("Speed 1.1x.");
            h.type(" ");
            h.awaitOutput("Playing.");
            await(() -> h.calls.size() >= 2, "a second sentence to be read");
            h.type("q");
            assertThat(h.exitCode()).isZero();
            assertThat(h.output()).contains("Stopped at paragraph").doesNotContain("First sentence of the first")
                    .doesNotContain("The only sentence of the last paragraph.");
        }
    }

    @Test
    void keysAreNotOfferedWhenNoneCanArrive() throws Exception {
        try (SessionHarness h = full()) {
            h.session.withoutKeys();
            h.start();
            await(() -> screen(h).contains("Keys are off; Ctrl-C stops."), "the message");
            assertThat(screen(h)).doesNotContain("? keys");
        }
    }

    @Test
    void quittingAnXtermSendsCursorNormalNotTheBlinkingCursorVisible() throws Exception {
        try (SessionHarness h = full().start()) {
            await(() -> screen(h).contains("First sentence of the first paragraph."), "the sentence");
            h.type("q");
            assertThat(h.exitCode()).isZero();
            String out = h.output();
            assertThat(out).contains("\u001B[?25l") // hidden while listening
                    .contains("\u001B[?12l\u001B[?25h") // xterm's cursor_normal: shown and not blinking
                    .doesNotContain("\u001B[?12;25h"); // xterm's cursor_visible, which left it blinking
        }
    }
}
