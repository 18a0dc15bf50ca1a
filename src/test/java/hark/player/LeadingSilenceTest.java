package hark.player;

import static hark.player.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.pcm.Pcm;
import hark.speech.Synthesizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * A clip's leading silence (FreeTTS opens every utterance with about 160 ms of it) is kept between sentences, where
 * it is part of the spacing, and skipped after a key that moves playback, where it would sound like a slow key.
 */
class LeadingSilenceTest {
    private static final int RATE = FakeSynthesizer.RATE;
    private static final int LEAD_MS = 300;

    /** Every sentence: 300 ms of silence, then 400 ms of tone with no zero samples. */
    private static final class QuietStartSynthesizer implements Synthesizer {
        @Override
        public Pcm synthesize(String spoken, double rate) {
            short[] s = new short[RATE * (LEAD_MS + 400) / 1000];
            for (int i = RATE * LEAD_MS / 1000; i < s.length; i++) {
                s[i] = (short) (3000 + 2000 * Math.sin(i * 0.08));
            }
            return new Pcm(RATE, s);
        }

        @Override
        public void close() {}
    }

    @Test
    void speechStartsAMarginBeforeTheFirstSoundAboveTheThreshold() {
        short[] s = new short[RATE];
        s[RATE / 2] = 500;
        assertThat(LeadingSilence.speechStart(s, RATE)).isEqualTo(RATE / 2 - RATE * LeadingSilence.MARGIN_MS / 1000);
        s[3] = 500;
        assertThat(LeadingSilence.speechStart(s, RATE)).isZero();
        assertThat(LeadingSilence.speechStart(new short[RATE], RATE)).as("all quiet").isZero();
        short[] faint = new short[RATE];
        faint[100] = LeadingSilence.THRESHOLD; // not above it
        assertThat(LeadingSilence.speechStart(faint, RATE)).isZero();
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void theLeadingSilenceIsPlayedBetweenSentencesButSkippedAfterASkip() {
        FakeSink sink = new FakeSink(RATE, 2.0);
        Map<Integer, Long> startedAt = new ConcurrentHashMap<>();
        ScriptMap map = new ScriptMap(Scripts.threeParagraphs());
        PlaybackEngine engine = new PlaybackEngine(map,
                Scripts.settings(1.0, true), v -> new QuietStartSynthesizer(), sink, new PlaybackListener() {
                    @Override
                    public void sentenceStarted(Snapshot s) {
                        startedAt.putIfAbsent(map.indexOf(s.position()), System.nanoTime());
                    }

                    @Override
                    public void ended(Snapshot s) {}
                });
        try {
            engine.start();
            await(() -> startedAt.containsKey(1) && sink.speechWritesAfter(startedAt.get(1)) > 0, "sentence 2");
            long pressed = System.nanoTime();
            engine.apply(Command.NEXT_SENTENCE);
            await(() -> sink.speechWritesAfter(pressed) > 0, "speech after the skip");

            List<FakeSink.Write> writes = sink.writes();
            long natural = silenceBeforeSpeech(writes, startedAt.get(1));
            long afterSkip = silenceBeforeSpeech(writes, pressed);
            assertThat(natural).as("silent frames before sentence 2, reached by itself")
                    .isGreaterThanOrEqualTo(RATE * (LEAD_MS - 20) / 1000); // less the block that holds the onset
            assertThat(afterSkip).as("silent frames before sentence 3, reached by a skip")
                    .isLessThanOrEqualTo(RATE * (LeadingSilence.MARGIN_MS + 20) / 1000);
        } finally {
            engine.close();
        }
    }

    /** Silent frames written from the first write after {@code from} to the first write with sound. */
    private static long silenceBeforeSpeech(List<FakeSink.Write> writes, long from) {
        long frames = 0;
        for (FakeSink.Write w : writes) {
            if (w.nanos() < from) {
                continue;
            }
            if (w.speech()) {
                return frames;
            }
            frames += w.frames();
        }
        throw new AssertionError("no speech written after the moment");
    }
}
