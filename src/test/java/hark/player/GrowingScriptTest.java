package hark.player;

import static hark.player.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.article.BlockKind;
import hark.script.Paragraph;
import hark.script.Position;
import hark.script.Sentence;
import hark.script.Script;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A long text played from its beginning's script, which grows into the whole text's (issue 12). */
class GrowingScriptTest {
    private static final Script BEGINNING = new Script("Long", List.of(
            Scripts.paragraph("One.", "Two."), Scripts.paragraph("Three.")));
    private static final Script WHOLE = new Script("Long", List.of(
            Scripts.paragraph("One.", "Two."), Scripts.paragraph("Three."), Scripts.paragraph("Four.", "Five."),
            Scripts.heading("Six"), Scripts.paragraph("Seven.")));

    private final List<String> started = new CopyOnWriteArrayList<>();
    private volatile boolean ended;
    private volatile boolean countRequested;
    private PlaybackEngine engine;

    private PlaybackEngine counting(Script beginning, double pace) {
        FakeSink sink = new FakeSink(FakeSynthesizer.RATE, pace);
        engine = new PlaybackEngine(new ScriptMap(beginning), Scripts.settings(1.0, true),
                v -> new FakeSynthesizer(v.name(), 1, FakeSynthesizer.log()), sink, new PlaybackListener() {
                    @Override
                    public void sentenceStarted(Snapshot s) {
                        started.add(s.text());
                    }

                    @Override
                    public void ended(Snapshot s) {
                        ended = true;
                    }
                });
        engine.counting(() -> countRequested = true);
        return engine;
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void theEndOfTheBeginningWaitsForTheWholeAndThenPlaysOn() {
        counting(BEGINNING, 20).start();
        await(() -> started.contains("Three."), "the beginning's last sentence");
        assertThat(countRequested).as("the rest is counted once the first sentence plays").isTrue();
        assertThat(engine.isCounting()).isTrue();
        engine.grow(new ScriptMap(WHOLE));
        await(() -> ended, "the end of the whole");
        assertThat(started).containsExactly("One.", "Two.", "Three.", "Four.", "Five.", "Six", "Seven.");
    }

    @Test
    void aBeginningWithNothingToSayStillStartsTheCountingOfTheRest() {
        Script silent = new Script("Long", List.of(new Paragraph(BlockKind.PARAGRAPH, List.of(new Sentence("*", "")))));
        counting(silent, 20).start();
        await(() -> countRequested, "the rest to be asked for");
        engine.grow(new ScriptMap(new Script("Long", List.of(silent.paragraphs().get(0), Scripts.paragraph("One.")))));
        await(() -> ended, "the end of the whole");
        assertThat(started).containsExactly("One.");
    }

    @Test
    void endWaitsForTheWholeTextAndThenGoesToItsLastSentence() {
        counting(BEGINNING, 1).start();
        engine.apply(Command.TOGGLE_PAUSE);
        engine.apply(Command.END);
        assertThat(engine.snapshot().position()).isEqualTo(Position.START);
        assertThat(engine.snapshot().counting()).isTrue();
        assertThat(countRequested).isTrue();
        engine.grow(new ScriptMap(WHOLE));
        assertThat(engine.snapshot().text()).isEqualTo("Seven.");
        assertThat(engine.snapshot().paragraphs()).isEqualTo(5);
        assertThat(engine.snapshot().counting()).isFalse();
        assertThat(engine.isCounting()).isFalse();
    }

    @Test
    void aMovePastTheBeginningWaitsForTheWholeButOneWithinItDoesNot() {
        counting(BEGINNING, 1).start();
        engine.apply(Command.TOGGLE_PAUSE);
        engine.apply(Command.NEXT_PARAGRAPH);
        assertThat(engine.snapshot().text()).isEqualTo("Three.");
        engine.apply(Command.NEXT_PARAGRAPH);
        engine.apply(Command.NEXT_SECTION);
        assertThat(engine.snapshot().text()).isEqualTo("Three.");
        engine.grow(new ScriptMap(WHOLE));
        assertThat(engine.snapshot().text()).isEqualTo("Six"); // the paragraph after, then the heading after that
    }

    @Test
    void whenTheWholeWasCleanedDifferentlyPlaybackStaysOnTheSameSentence() {
        Script whole = new Script("Long", List.of(Scripts.heading("A heading the beginning lacked"),
                Scripts.paragraph("One.", "Two."), Scripts.paragraph("Three.", "Four.")));
        counting(BEGINNING, 1).start();
        engine.apply(Command.TOGGLE_PAUSE);
        engine.apply(Command.NEXT_SENTENCE);
        assertThat(engine.snapshot().text()).isEqualTo("Two.");
        engine.grow(new ScriptMap(whole));
        assertThat(engine.snapshot().text()).isEqualTo("Two.");
        assertThat(engine.snapshot().position()).isEqualTo(new Position(1, 1));
    }
}
