package hark.player;

import static hark.player.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.audio.AudioSink;
import hark.script.Position;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A skip can land between the playback thread's last look at the commands and its next write, so one block of the
 * old sentence reaches the sound device just after the skip halted it. That block must be thrown away before the
 * new sentence plays, or the listener hears a scrap of the old sentence and the new one 20 ms late.
 */
@Slow // playback on the in-memory sound device, which plays in real time
class LateBlockTest {
    /** Delegates to a {@link FakeSink}; on one chosen write, a skip arrives just before the block goes out. */
    private static final class RacingSink implements AudioSink {
        final FakeSink device = new FakeSink(FakeSynthesizer.RATE, 1.0);
        final List<Long> halts = new CopyOnWriteArrayList<>();
        volatile PlaybackEngine engine;
        volatile long lateBlockAt;
        private int writes;

        @Override
        public void write(short[] samples, int offset, int length) {
            if (++writes == 10) {
                engine.apply(Command.NEXT_SENTENCE); // halts this sink; then the old block still goes out
                lateBlockAt = System.nanoTime();
            }
            device.write(samples, offset, length);
        }

        @Override
        public void halt() {
            device.halt();
            halts.add(System.nanoTime());
        }

        @Override
        public void drain() {
            device.drain();
        }

        @Override
        public long framesPlayed() {
            return device.framesPlayed();
        }

        @Override
        public void close() {}
    }

    @Test
    void aBlockThatReachesTheDeviceJustAfterASkipIsDiscardedBeforeTheNextSentence() {
        RacingSink sink = new RacingSink();
        List<Long> secondStarted = new CopyOnWriteArrayList<>();
        PlaybackEngine engine = new PlaybackEngine(new ScriptMap(Scripts.threeParagraphs()),
                Scripts.settings(1.0, true), v -> new FakeSynthesizer(v.name(), 60, FakeSynthesizer.log()), sink,
                new PlaybackListener() {
                    @Override
                    public void sentenceStarted(Snapshot s) {
                        if (s.position().equals(new Position(0, 1))) {
                            secondStarted.add(System.nanoTime());
                        }
                    }

                    @Override
                    public void ended(Snapshot s) {}
                });
        sink.engine = engine;
        try {
            engine.start();
            await(() -> !secondStarted.isEmpty(), "the sentence skipped to");
            long late = sink.lateBlockAt;
            long next = secondStarted.get(0);
            assertThat(late).isPositive().isLessThan(next);
            assertThat(sink.halts).as("a halt after the late block and before the next sentence")
                    .anyMatch(h -> h > late && h < next);
        } finally {
            engine.close();
        }
    }
}
