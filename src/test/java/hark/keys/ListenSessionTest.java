package hark.keys;

import static hark.keys.SessionHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import hark.Slow;
import hark.keys.KeyBindings;
import hark.player.PlaybackState;
import hark.player.Scripts;
import hark.player.Snapshot;
import hark.script.Position;
import hark.script.Script;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.junit.jupiter.api.Test;

/** Drives the real key handling with key bytes through JLine terminals over in-memory streams. */
@Slow // a listening session on the in-memory sound device, which plays in real time
class ListenSessionTest {
    private static final String RIGHT = "\u001B[C";
    private static final String DOWN = "\u001B[B";
    private static final String UP = "\u001B[A";

    private static SessionHarness plain(Script script, double pace) throws Exception {
        return SessionHarness.xterm(script, Scripts.settings(1.0, true), pace, 40, Map.of()).start();
    }

    @Test
    void spaceStopsTheAudioUntilPressedAgain() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 1.0)) {
            await(() -> h.sink.speechWritesAfter(0) > 5, "speech to reach the sink");
            h.type(" ");
            h.awaitOutput("Paused.");
            Thread.sleep(100); // one block may have been in flight when the key arrived; pause is due in 100 ms
            long pausedAt = System.nanoTime();
            Thread.sleep(300);
            assertThat(h.sink.writes().stream().filter(w -> w.nanos() > pausedAt).count())
                    .as("writes while paused").isZero();
            assertThat(h.engine().snapshot().state()).isEqualTo(PlaybackState.PAUSED);

            h.type(" ");
            h.awaitOutput("Playing.");
            long resumedAt = System.nanoTime();
            await(() -> h.sink.speechWritesAfter(resumedAt) > 3, "speech after resuming");
        }
    }

    @Test
    void rightArrowMovesOnASentence() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 1.0)) {
            h.awaitOutput("First sentence of the first paragraph.");
            h.type(RIGHT);
            h.awaitOutput("Second sentence of the first paragraph.");
            assertThat(h.index()).isEqualTo(1);
            h.type(RIGHT);
            h.awaitOutput("Third sentence of the first paragraph.");
            assertThat(h.engine().snapshot().sentenceNumber()).isEqualTo(3);
        }
    }

    @Test
    void rightBracketRaisesTheSpeedOfStateAndStretcher() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 1.0)) {
            h.awaitOutput("First sentence");
            await(() -> h.engine().stretcherSpeed() == 1.0, "the stretcher at 1x");
            h.type("]");
            h.awaitOutput("Speed 1.1x.");
            assertThat(h.engine().snapshot().speed()).isEqualTo(1.1);
            await(() -> Math.abs(h.engine().stretcherSpeed() - 1.1) < 1e-9, "the stretcher at 1.1x");
            h.type("]]]]");
            h.awaitOutput("Speed 1.5x.");
            h.type("[");
            h.awaitOutput("Speed 1.4x.");
            h.type("\u007F");
            h.awaitOutput("Speed 1.0x.");
            assertThat(h.engine().snapshot().speed()).isEqualTo(1.0);
        }
    }

    @Test
    void speedStaysWithinHalfToThreeTimes() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 1.0)) {
            h.awaitOutput("First sentence");
            h.type("}}}}}");
            h.awaitOutput("Speed 3.0x.", 2);
            assertThat(h.engine().snapshot().speed()).isEqualTo(3.0);
            h.type("{{{{{{");
            h.awaitOutput("Speed 0.5x.", 2);
            assertThat(h.engine().snapshot().speed()).isEqualTo(0.5);
        }
    }

    @Test
    void qQuitsWithTheTerminalAttributesRestored() throws Exception {
        SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 1.0, 40,
                Map.of());
        Attributes before = new Attributes(h.terminal.getAttributes());
        try (h) {
            h.start();
            h.awaitEngine();
            await(() -> !h.terminal.getAttributes().getLocalFlag(LocalFlag.ICANON), "raw mode");
            h.type("q");
            assertThat(h.exitCode()).isZero();
            assertSameAttributes(h.terminal.getAttributes(), before);
            assertThat(h.output()).contains("\u001B[?1049l").containsPattern("\u001B\\[\\?(12;)?25h") // main screen, cursor back
                    .contains("Stopped at paragraph 1 of 3.");
        }
    }

    @Test
    void ctrlCQuitsWithTheTerminalRestored() throws Exception {
        SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, true), 1.0, 40,
                Map.of());
        Attributes before = new Attributes(h.terminal.getAttributes());
        try (h) {
            h.start();
            h.awaitOutput("First sentence");
            h.type("\u0003");
            assertThat(h.exitCode()).isEqualTo(ListenSession.INTERRUPTED);
            assertSameAttributes(h.terminal.getAttributes(), before);
        }
    }

    @Test
    void downAndUpMoveByParagraph() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 1.0)) {
            h.awaitOutput("First sentence of the first paragraph.");
            h.type(DOWN);
            h.awaitOutput("Paragraph 2 of 3.");
            h.awaitOutput("First sentence of the second paragraph.");
            h.type(DOWN);
            h.awaitOutput("Paragraph 3 of 3.");
            h.type(UP);
            h.awaitOutput("Paragraph 2 of 3.", 2);
            assertThat(h.index()).isEqualTo(3);
        }
    }

    @Test
    void movesWhilePausedSayWhereTheyLanded() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 1.0)) {
            h.awaitOutput("First sentence of the first paragraph.");
            h.type(" ");
            h.awaitOutput("Paused.");
            h.type(RIGHT);
            h.awaitOutput("Sentence 2 of 3: Second sentence of the first paragraph.");
            h.type(DOWN);
            h.awaitOutput("Paragraph 2 of 3: First sentence of the second paragraph.");
            assertThat(h.engine().snapshot().state()).isEqualTo(PlaybackState.PAUSED);
        }
    }

    @Test
    void questionMarkListsEveryKey() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 1.0)) {
            h.awaitOutput("First sentence");
            h.type("?");
            h.awaitOutput("Keys:");
            h.awaitOutput("Q  ");
            for (KeyBindings.Help help : KeyBindings.help()) {
                assertThat(h.output()).contains(help.keys()).contains(help.action());
            }
        }
    }

    @Test
    void plainModePrintsEachSentenceAsALineAndTheEnd() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 20.0)) {
            assertThat(h.exitCode()).isZero();
            List<String> lines = h.output().lines().toList();
            assertThat(lines).containsSubsequence("A test article",
                    "First sentence of the first paragraph.", "Second sentence of the first paragraph.",
                    "Third sentence of the first paragraph.", "First sentence of the second paragraph.",
                    "Second sentence of the second one.", "The only sentence of the last paragraph.",
                    "End of article.");
            assertThat(h.output()).doesNotContain("\u001B");
            assertThat(h.session.reachedEnd()).isTrue();
        }
    }

    @Test
    void anEmptyScriptEndsAtOnce() throws Exception {
        try (SessionHarness h = plain(new Script(null, List.of()), 1.0)) {
            assertThat(h.exitCode()).isZero();
            assertThat(h.output().lines()).contains("End of article.");
        }
    }

    @Test
    void unknownKeysAreIgnoredQuietly() throws Exception {
        try (SessionHarness h = plain(Scripts.threeParagraphs(), 1.0)) {
            h.awaitOutput("First sentence");
            // x, Shift-Tab, F1, F5, Alt-x, a lone Escape and a non-ASCII letter
            h.type("x\u001B[Z\u001BOP\u001B[15~\u001Bxé");
            Thread.sleep(200);
            h.type("\u001B");
            Thread.sleep(200);
            assertThat(h.engine().snapshot().speed()).isEqualTo(1.0);
            assertThat(h.engine().snapshot().state()).isEqualTo(PlaybackState.PLAYING);
            assertThat(h.output()).doesNotContain("Speed").doesNotContain("Paused").doesNotContain("Paragraph 2");
        }
    }

    @Test
    void aDumbTerminalOverPipedStdinTakesKeysAndPrintsPlainLines() throws Exception {
        try (SessionHarness h = SessionHarness.dumb(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 1.0,
                40).start()) {
            h.awaitOutput("First sentence of the first paragraph.");
            h.type(RIGHT);
            h.awaitOutput("Second sentence of the first paragraph.");
            h.type("]");
            h.awaitOutput("Speed 1.1x.");
            h.type("q");
            assertThat(h.exitCode()).isZero();
            assertThat(h.output()).doesNotContain("\u001B");
        }
    }

    @Test
    void ctrlCOnADumbTerminalOverPipedStdinQuits() throws Exception {
        SessionHarness h = SessionHarness.dumb(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 1.0, 40);
        Attributes before = new Attributes(h.terminal.getAttributes());
        try (h) {
            h.start();
            h.awaitOutput("First sentence");
            h.type("\u0003");
            assertThat(h.exitCode()).isEqualTo(ListenSession.INTERRUPTED);
            assertSameAttributes(h.terminal.getAttributes(), before);
            assertThat(h.output().lines()).contains("Stopped at paragraph 1 of 3.");
        }
    }

    @Test
    void playbackGoesOnToTheEndWhenStdinIsClosed() throws Exception {
        try (SessionHarness h = SessionHarness.dumb(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 20.0,
                40).start()) {
            h.keys.close();
            assertThat(h.exitCode()).isZero();
            assertThat(h.output()).contains("The only sentence of the last paragraph.").contains("End of article.");
            assertThat(h.session.keepsPlace()).as("the end was heard: nothing to keep").isFalse();
        }
    }

    @Test
    void anAudioFailureMidPlayKeepsThePlaceWhereItStopped() throws Exception {
        SessionHarness h = SessionHarness.dumb(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 5.0, 40);
        h.sink.failAfter(60, new HarkException(HarkException.AUDIO, "the sound device went away"));
        try (h) {
            h.start();
            h.awaitOutput("First sentence of the first paragraph.");
            h.type("\u001b[B"); // on to paragraph 2, so the kept place is not the beginning
            assertThatThrownBy(() -> h.exit().get(10, TimeUnit.SECONDS)).hasRootCauseMessage("the sound device went away");
            assertThat(h.session.keepsPlace()).isTrue();
            Snapshot at = h.engine().snapshot();
            assertThat(h.session.stoppedAt()).isEqualTo(at.position());
            assertThat(h.session.stoppedAt().paragraph()).isPositive();
        }
    }

    @Test
    void anAudioFailureMidPlayRestoresTheTerminalAndReportsIt() throws Exception {
        SessionHarness h = SessionHarness.xterm(Scripts.threeParagraphs(), Scripts.settings(1.0, false), 5.0, 40,
                Map.of());
        Attributes before = new Attributes(h.terminal.getAttributes());
        h.sink.failAfter(20, new HarkException(HarkException.AUDIO, "the sound device went away"));
        try (h) {
            h.start();
            assertThatThrownBy(() -> h.exit().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(HarkException.class)
                    .hasRootCauseMessage("the sound device went away");
            assertSameAttributes(h.terminal.getAttributes(), before);
            assertThat(h.output()).contains("\u001B[?1049l").containsPattern("\u001B\\[\\?(12;)?25h");
        }
    }

    static void assertSameAttributes(Attributes actual, Attributes expected) {
        assertThat(actual.getLocalFlags()).isEqualTo(expected.getLocalFlags());
        assertThat(actual.getInputFlags()).isEqualTo(expected.getInputFlags());
        assertThat(actual.getOutputFlags()).isEqualTo(expected.getOutputFlags());
        assertThat(actual.getControlFlags()).isEqualTo(expected.getControlFlags());
        assertThat(actual.getControlChars()).isEqualTo(expected.getControlChars());
    }
}
