package hark.player;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.script.Script;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10: at a steady speed the time left never grows, and words per minute appear only once measured. */
class TimeLeftTest {
    /** Sentences whose words are short and long in turn, so that the measured rate swings from one to the next. */
    private static Script unevenSentences() {
        return new Script("Uneven", List.of(
                Scripts.paragraph("A b c d e f g h i j.", "Extraordinarily lengthy vocabulary accumulates.",
                        "I am to go on.", "Characteristically, administrators procrastinate.", "We do it."),
                Scripts.paragraph("Unquestionably, representatives deliberated.", "So it is.")));
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void timeLeftNeverGrowsAtASteadySpeed() throws Exception {
        FakeSink sink = new FakeSink(FakeSynthesizer.RATE, 8.0);
        PlaybackEngine engine = new PlaybackEngine(new ScriptMap(unevenSentences()), Scripts.settings(1.0, false),
                v -> new FakeSynthesizer(v.name(), 30, FakeSynthesizer.log()), sink, new PlaybackListener() {
                    @Override
                    public void sentenceStarted(Snapshot s) {
                    }

                    @Override
                    public void ended(Snapshot s) {
                    }
                });
        assertThat(engine.snapshot().wordsPerMinute()).as("nothing heard yet").isZero();
        engine.start();
        List<Long> seen = new ArrayList<>();
        boolean measured = false;
        while (!engine.awaitEnd(5)) {
            Snapshot s = engine.snapshot();
            if (s.state() == PlaybackState.ENDED) {
                break;
            }
            seen.add(s.secondsLeft());
            measured |= s.wordsPerMinute() > 0;
        }
        engine.close();
        assertThat(measured).as("words per minute shown once a sentence was heard").isTrue();
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).as("time left at sample %d of %s", i, seen).isLessThanOrEqualTo(seen.get(i - 1));
        }
        assertThat(seen.get(0)).isGreaterThan(seen.get(seen.size() - 1));
    }

    @Test
    void aSpeedChangeOrAJumpBackStartsTheEstimateAfresh() {
        TimeLeft t = new TimeLeft();
        assertThat(t.next(100, 0, 1.0, 0)).isEqualTo(100);
        assertThat(t.next(110, 1, 1.0, 0)).isEqualTo(100);
        assertThat(t.next(90, 2, 1.0, 0)).isEqualTo(90);
        assertThat(t.next(120, 2, 0.8, 0)).as("slower").isEqualTo(120);
        assertThat(t.next(130, 1, 0.8, 0)).as("back a sentence").isEqualTo(130);
        assertThat(t.next(140, 1, 0.8, 1)).as("another voice").isEqualTo(140);
    }
}
