package hark.keys;

import static hark.player.Scripts.heading;
import static hark.player.Scripts.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.player.Scripts;
import hark.script.Script;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A long text's session plays its beginning while the rest is counted, then goes on in the whole (issue 12). */
@Slow // a listening session on the in-memory sound device, which plays in real time
class LongTextKeysTest {
    private static final Script BEGINNING = new Script("Long", List.of(heading("Chapter one."),
            paragraph("The opening sentence is here.", "Another sentence follows it.")));
    private static final Script WHOLE = new Script("Long", List.of(heading("Chapter one."),
            paragraph("The opening sentence is here.", "Another sentence follows it."),
            heading("Chapter two."), paragraph("Middle text of the article.", "The very last words.")));

    @Test
    void endWhileTheRestIsCountedSaysSoAndGoesThereOnceItIsKnown() throws Exception {
        CompletableFuture<Script> whole = new CompletableFuture<>();
        AtomicBoolean counted = new AtomicBoolean();
        try (SessionHarness h = SessionHarness.xterm(BEGINNING, Scripts.settings(1.0, true), 1.0, 40, Map.of())) {
            h.session.growingTo(whole, () -> counted.set(true));
            h.start();
            h.awaitOutput("Chapter one.");
            h.type("s");
            h.awaitOutput("still counting the rest");
            h.type("\u001B[F");
            h.awaitOutput("Counting the rest of the text; a moment.");
            assertThat(counted).isTrue();
            whole.complete(WHOLE);
            h.awaitOutput("The very last words.");
            assertThat(h.exitCode()).isZero(); // played to the end of the whole
            assertThat(h.output()).doesNotContain("Middle text of the article.");
        }
    }

    @Test
    void aRestThatCannotBeReadIsSaidAtTheEndNotPassedOverInSilence() throws Exception {
        CompletableFuture<Script> whole = new CompletableFuture<>();
        try (SessionHarness h = SessionHarness.xterm(BEGINNING, Scripts.settings(1.0, true), 1.0, 40, Map.of())) {
            h.session.growingTo(whole, () -> whole.completeExceptionally(new IllegalStateException("disk error")));
            h.start();
            h.awaitOutput("the rest could not be read (disk error)");
            assertThat(h.exitCode()).isZero();
            assertThat(h.output()).contains("Another sentence follows it.").doesNotContain("End of article.");
        }
    }
}
