package hark.keys;

import static hark.player.Scripts.heading;
import static hark.player.Scripts.paragraph;
import static hark.keys.SessionHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.player.PlaybackState;
import hark.player.Scripts;
import hark.script.Position;
import hark.script.Script;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The keys issue 5 adds, driven through the real key handling in plain mode. */
@Slow // a listening session on the in-memory sound device, which plays in real time
class MoreKeysTest {
    private static Script sections() {
        return new Script("Sections", List.of(heading("Chapter one."),
                paragraph("The opening sentence is here.", "Another sentence follows it."),
                heading("Chapter two."), paragraph("Middle text of the article."),
                heading("Chapter three."), paragraph("A needle hides in this sentence.", "The very last words.")));
    }

    private static SessionHarness plain(Script script) throws Exception {
        return SessionHarness.xterm(script, Scripts.settings(1.0, true), 1.0, 40, Map.of()).start();
    }

    @Test
    void pageDownAndUpMoveByHeading() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("\u001B[6~");
            h.awaitOutput("Chapter two.");
            assertThat(h.index()).isEqualTo(3);
            h.type("\u001B[6~");
            h.awaitOutput("Chapter three.");
            h.type("\u001B[5~");
            await(() -> h.index() == 3, "back at chapter two");
        }
    }

    @Test
    void homeAndEndJumpToTheStartAndTheLastSentence() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("\u001B[F");
            h.awaitOutput("The very last words.");
            h.type("\u001B[H");
            h.awaitOutput("Chapter one.", 2);
            assertThat(h.index()).isZero();
        }
    }

    @Test
    void rRepeatsTheSentence() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("\u001B[B"); // to "The opening sentence is here."
            h.awaitOutput("The opening sentence is here.");
            h.type("r");
            h.awaitOutput("The opening sentence is here.", 2);
            assertThat(h.index()).isEqualTo(1);
        }
    }

    @Test
    void vSwitchesToTheNextVoice() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("v");
            h.awaitOutput("Voice beta.");
            await(() -> h.calls.stream().anyMatch(c -> c.voice().equals("beta")), "the beta voice to speak");
            h.type("v");
            h.awaitOutput("Voice alpha.");
        }
    }

    @Test
    void sSpeaksTheStatusAndShowsIt() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("s");
            h.awaitOutput("Paragraph 1 of 6, less than a minute left at normal speed.");
            await(() -> h.calls.stream().anyMatch(c -> c.text().startsWith("paragraph 1 of 6")), "the status spoken");
        }
    }

    @Test
    void slashSearchesForAPhraseAndReadsOnFromThere() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("/NEEDLE hides\r");
            h.awaitOutput("Found in paragraph 6 of 6.");
            h.awaitOutput("A needle hides in this sentence.");
            h.type("/nowhere to be found\r");
            h.awaitOutput("Not found: nowhere to be found.");
            h.type("/abc\u001B[C\u001B"); // → inside the field, then Escape on its own cancels
            h.awaitOutput("Search cancelled.");
            Thread.sleep(150);
            assertThat(h.output()).doesNotContain("Speed"); // the arrow's tail was not read as "["
        }
    }

    @Test
    void mMarksBookmarksAndApostropheVisitsThem() throws Exception {
        SessionHarness h = SessionHarness.xterm(sections(), Scripts.settings(1.0, true), 1.0, 40, Map.of());
        h.session.withBookmarks(List.of(new Position(5, 1)));
        try (h) {
            h.start();
            h.awaitOutput("Chapter one.");
            h.type("'");
            h.awaitOutput("Bookmark 1 of 1: paragraph 6.");
            h.awaitOutput("The very last words.");
            h.type("\u001B[H");
            h.awaitOutput("Chapter one.", 2);
            h.type("\u001B[B");
            h.awaitOutput("The opening sentence is here.");
            h.type("m");
            h.awaitOutput("Bookmark 1 of 2 at paragraph 2, sentence 1.");
            h.type("'");
            h.awaitOutput("Bookmark 2 of 2: paragraph 6.");
            h.type("'");
            h.awaitOutput("Bookmark 1 of 2: paragraph 2.");
            h.type("q");
            assertThat(h.exitCode()).isZero();
            assertThat(h.session.bookmarks()).containsExactly(new Position(1, 0), new Position(5, 1));
        }
    }

    @Test
    void apostropheWithoutBookmarksSaysHowToMakeOne() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("'");
            h.awaitOutput("No bookmarks yet; press m to mark one.");
        }
    }

    @Test
    void aSavedPositionIsResumedAndAnnounced() throws Exception {
        SessionHarness h = SessionHarness.xterm(sections(), Scripts.settings(1.0, true), 1.0, 40, Map.of());
        h.session.startAt(new Position(3, 0));
        try (h) {
            h.start();
            h.awaitOutput("Resuming at paragraph 4. Press Home to start over.");
            h.awaitOutput("Middle text of the article.");
            assertThat(h.output()).doesNotContain("Chapter one.");
        }
    }

    @Test
    void capitalQQuitsAndAsksForThePositionToBeRemembered() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("\u001B[B");
            h.awaitOutput("The opening sentence is here.");
            h.type("Q");
            assertThat(h.exitCode()).isZero();
            assertThat(h.session.rememberRequested()).isTrue();
            assertThat(h.session.stoppedAt()).isEqualTo(new Position(1, 0));
        }
    }

    @Test
    void pageDownAndDownWithNothingAheadStayPutAndKeepTheSession() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type("\u001B[F"); // End: the last sentence, in the last paragraph
            h.awaitOutput("The very last words.");
            h.type(" ");
            h.awaitOutput("Paused.");
            h.type("\u001B[6~");
            h.awaitOutput("No more headings.");
            h.type("\u001B[B");
            h.awaitOutput("This is the last paragraph.");
            assertThat(h.engine().snapshot().state()).isEqualTo(PlaybackState.PAUSED);
            h.type("q");
            assertThat(h.exitCode()).isZero();
            assertThat(h.session.reachedEnd()).as("the place is kept, not forgotten").isFalse();
        }
    }

    @Test
    void sWhilePausedSpeaksTheStatusAndStaysPaused() throws Exception {
        try (SessionHarness h = plain(sections())) {
            h.awaitOutput("Chapter one.");
            h.type(" ");
            h.awaitOutput("Paused.");
            h.sink.pace(8.0); // the status is long: let it play out quickly
            h.type("s");
            await(() -> h.calls.stream().anyMatch(c -> c.text().startsWith("paragraph 1 of 6")), "the status spoken");
            await(() -> h.engine().snapshot().state() == PlaybackState.PAUSED, "paused again after the status");
            int writes = h.sink.writes().size();
            Thread.sleep(300);
            assertThat(h.sink.writes()).as("nothing plays while paused").hasSize(writes);
        }
    }
}
