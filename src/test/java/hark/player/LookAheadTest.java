package hark.player;

import static hark.player.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.pcm.Pcm;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LookAheadTest {
    private final List<FakeSynthesizer.Call> calls = FakeSynthesizer.log();
    private final ScriptMap map = new ScriptMap(Scripts.threeParagraphs());
    private final LookAhead ahead = new LookAhead(map, v -> new FakeSynthesizer(v.name(), 5, calls), 2,
            Scripts.voice("alpha"), 1.0);

    @AfterEach
    void close() {
        ahead.close();
    }

    private long callsFor(int index, double rate) {
        String text = map.sentence(index).spoken();
        return calls.stream().filter(c -> c.text().equals(text) && c.rate() == rate).count();
    }

    @Test
    void keepsAWindowAroundTheFocusAndMakesEachClipOnce() throws Exception {
        ahead.start();
        await(() -> calls.size() == 3, "sentences 0 to 2");
        ahead.focus(2, Scripts.voice("alpha"), 1.0);
        await(() -> calls.size() == 5, "sentences 3 and 4");
        Thread.sleep(50);
        assertThat(calls).hasSize(5);
        assertThat(ahead.size()).isEqualTo(4); // sentence 1 (for going back) to sentence 4
        assertThat(ahead.await(2, () -> false).index()).isEqualTo(2);
    }

    @Test
    void aGrownScriptKeepsTheClipsWhereItReadsTheSameAndRemakesTheRest() throws Exception {
        ahead.start();
        await(() -> calls.size() == 3, "sentences 0 to 2");
        ScriptMap grown = new ScriptMap(new hark.script.Script("A test article", List.of(
                Scripts.paragraph("First sentence of the first paragraph.", "Second sentence of the first paragraph.",
                        "A third sentence the whole text has instead."))));
        ahead.replace(grown, map.sameBefore(grown));
        await(() -> calls.size() == 4, "the new third sentence");
        assertThat(calls.get(3).text()).isEqualTo("A third sentence the whole text has instead.");
        assertThat(ahead.await(1, () -> false).index()).isEqualTo(1);
        Thread.sleep(50);
        assertThat(calls).hasSize(4); // the first two were not made again
    }

    @Test
    void aNewRateRemakesOnlyTheSentencesAheadAndTheOldClipStillServesTheCurrentOne() throws Exception {
        ahead.start();
        await(() -> calls.size() == 3, "sentences 0 to 2 at 1.0");
        ahead.focus(0, Scripts.voice("alpha"), 1.5);
        await(() -> callsFor(1, 1.5) == 1 && callsFor(2, 1.5) == 1, "sentences 1 and 2 at 1.5");
        Thread.sleep(50);
        assertThat(callsFor(0, 1.5)).isZero();
        Clip current = ahead.await(0, () -> false);
        assertThat(current.synthRate()).isEqualTo(1.0);
        assertThat(ahead.size()).isEqualTo(3);
    }

    @Test
    void aClipFinishedAfterTheRateChangedIsNotKeptForASentenceAhead() throws Exception {
        // Holds the third sentence's synthesis until the listener has changed the rate.
        CountDownLatch rateChanged = new CountDownLatch(1);
        String third = map.sentence(2).spoken();
        Function<VoiceSpec, Synthesizer> held = v -> new Synthesizer() {
            private final FakeSynthesizer fake = new FakeSynthesizer(v.name(), 5, calls);

            @Override
            public Pcm synthesize(String spoken, double rate) {
                Pcm pcm = fake.synthesize(spoken, rate);
                if (spoken.equals(third) && rate == 1.0) {
                    awaitQuietly(rateChanged);
                }
                return pcm;
            }

            @Override
            public void close() {
                fake.close();
            }
        };
        try (LookAhead slow = new LookAhead(map, held, 2, Scripts.voice("alpha"), 1.0)) {
            slow.start();
            await(() -> callsFor(2, 1.0) == 1, "sentence 2 at 1.0 begun");
            slow.focus(0, Scripts.voice("alpha"), 1.5);
            rateChanged.countDown();
            await(() -> callsFor(1, 1.5) == 1 && callsFor(2, 1.5) == 1, "sentences 1 and 2 at 1.5");
            Thread.sleep(50);
            assertThat(slow.size()).as("sentence 0 at 1.0, sentences 1 and 2 at 1.5").isEqualTo(3);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aNewVoiceDropsTheOldVoicesClips() throws Exception {
        ahead.start();
        await(() -> calls.size() == 3, "alpha's clips");
        ahead.focus(0, Scripts.voice("beta"), 1.0);
        Clip clip = ahead.await(0, () -> false);
        assertThat(clip.voice()).isEqualTo("beta");
    }

    @Test
    void awaitingGivesUpWhenCancelled() throws Exception {
        ahead.focus(0, Scripts.voice("alpha"), 1.0); // never started: nothing is made
        assertThat(ahead.await(0, () -> true)).isNull();
    }
}
