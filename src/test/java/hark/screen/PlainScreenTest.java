package hark.screen;

import static org.assertj.core.api.Assertions.assertThat;

import hark.player.PlaybackState;
import hark.player.Snapshot;
import hark.script.Position;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PlainScreenTest {
    private static String opened(boolean keys) {
        StringWriter out = new StringWriter();
        new PlainScreen(new PrintWriter(out, true), keys).open(
                new Snapshot("Title", PlaybackState.PLAYING, 1.0, new Position(0, 0), 3, 2, 0, 60, "First sentence.", "kevin16", 187));
        return out.toString();
    }

    @Test
    void offersTheKeysWhenTheyCanArrive() {
        assertThat(opened(true)).contains("Title", "Press ? for the keys, q to quit.");
    }

    @Test
    void aSentenceThatStartsWhileAPromptIsOpenIsPrintedAfterTheAnswer() {
        StringWriter out = new StringWriter();
        PlainScreen screen = new PlainScreen(new PrintWriter(out, true), true);
        Snapshot found = new Snapshot("Title", PlaybackState.PLAYING, 1.0, new Position(5, 0), 6, 2, 0, 60,
                "A needle hides in this sentence.", "kevin16", 187);
        screen.prompt("Search:", "needle", 6, found);
        screen.sentence(found); // the engine jumped and started before the answer closed the prompt
        screen.announce("Found in paragraph 6 of 6.", found);
        assertThat(out.toString()).endsWith("Search: needle\nFound in paragraph 6 of 6.\nA needle hides in this sentence.\n");
    }

    @Test
    void doesNotOfferKeysWhenStdinCarriesTheArticle() {
        assertThat(opened(false)).contains("keys are off; Ctrl-C stops.").doesNotContain("Press ?");
    }
}
