package hark.player;

import static hark.player.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import hark.Slow;
import hark.article.BlockKind;
import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlaybackEngineTest {
    private final List<FakeSynthesizer.Call> calls = FakeSynthesizer.log();
    private final List<Snapshot> started = new CopyOnWriteArrayList<>();
    private final List<Long> startedAt = new CopyOnWriteArrayList<>();
    private volatile boolean ended;
    private PlaybackEngine engine;
    private FakeSink sink;
    private ScriptMap map;

    private PlaybackEngine engine(Script script, double speed, double pace, int millisPerChar) {
        return engine(script, speed, pace, v -> new FakeSynthesizer(v.name(), millisPerChar, calls));
    }

    private PlaybackEngine engine(Script script, double speed, double pace, Function<VoiceSpec, Synthesizer> f) {
        sink = new FakeSink(FakeSynthesizer.RATE, pace);
        map = new ScriptMap(script);
        engine = new PlaybackEngine(map, Scripts.settings(speed, true), f, sink,
                new PlaybackListener() {
                    @Override
                    public void sentenceStarted(Snapshot s) {
                        startedAt.add(System.nanoTime());
                        started.add(s);
                    }

                    @Override
                    public void ended(Snapshot s) {
                        ended = true;
                    }
                });
        return engine;
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    /** The sentence a snapshot is at, numbered from 0 over the whole script. */
    private int index(Snapshot s) {
        return map.indexOf(s.position());
    }

    private void awaitStarted(int index) {
        await(() -> started.stream().anyMatch(s -> index(s) == index), "sentence " + index + " to start");
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void synthesizesAFewSentencesAheadButNoFurther() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 1.0, 40).start();
        await(() -> calls.size() >= PlaybackEngine.LOOK_AHEAD + 1, "look-ahead synthesis");
        Thread.sleep(100);
        assertThat(calls).extracting(FakeSynthesizer.Call::text).containsExactly(
                "First sentence of the first paragraph.", "Second sentence of the first paragraph.",
                "Third sentence of the first paragraph.", "First sentence of the second paragraph.");
        assertThat(index(engine.snapshot())).isZero();
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void theSessionsCommandsLeavePlaybackAlone() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 4.0, 100).start();
        awaitStarted(0);
        engine.apply(Command.TOGGLE_PAUSE);
        Snapshot paused = engine.snapshot();
        for (Command c : Command.values()) {
            if (!c.playback()) {
                engine.apply(c);
            }
        }
        assertThat(engine.snapshot()).isEqualTo(paused);
        assertThat(Arrays.stream(Command.values()).filter(Command::playback))
                .contains(Command.TOGGLE_PAUSE, Command.NEXT_SENTENCE, Command.BACK, Command.NEXT_VOICE)
                .doesNotContain(Command.SEARCH, Command.HELP, Command.QUIT, Command.IGNORE);
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void aSkipStartsTheNextSentenceWithoutWaitingForSynthesis() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 1.0, 40).start();
        awaitStarted(0);
        await(() -> calls.size() >= 2, "the next sentence synthesized");
        long pressed = System.nanoTime();
        engine.apply(Command.NEXT_SENTENCE);
        awaitStarted(1);
        long latencyMs = (startedAt.get(started.size() - 1) - pressed) / 1_000_000;
        assertThat(latencyMs).isLessThan(150);
        long speechAfterSkip = sink.speechWritesAfter(pressed);
        assertThat(speechAfterSkip).isPositive();
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void leftInTheFirstSecondGoesBackASentenceAndLaterRestartsIt() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 4.0, 100).start();
        awaitStarted(0);
        engine.jumpTo(map.at(1));
        awaitStarted(1);
        engine.apply(Command.BACK);
        assertThat(index(engine.snapshot())).isZero();

        engine.jumpTo(map.at(1));
        int startsOfOne = (int) started.stream().filter(s -> index(s) == 1).count();
        await(() -> started.stream().filter(s -> index(s) == 1).count() > startsOfOne, "sentence 1 again");
        // Past the first second by audio written, not by wall time, which a loaded machine stretches.
        int writesBefore = sink.writes().size();
        await(() -> sink.writes().stream().skip(writesBefore).mapToInt(FakeSink.Write::frames).sum()
                > FakeSynthesizer.RATE * 3 / 2, "1.5 s of sentence 1 written");
        engine.apply(Command.BACK);
        assertThat(index(engine.snapshot())).isEqualTo(1);
        await(() -> started.stream().filter(s -> index(s) == 1).count() > startsOfOne + 1, "sentence 1 restarted");
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void pauseAndResumeContinueTheSentenceWithoutLosingAudio() throws Exception {
        Script one = new Script("t", List.of(Scripts.paragraph("A sentence long enough to be paused in the middle."),
                Scripts.paragraph("Next.")));
        engine(one, 1.0, 1.0, 20).start();
        awaitStarted(0);
        Thread.sleep(300);
        engine.apply(Command.TOGGLE_PAUSE);
        Thread.sleep(150);
        int writesWhilePaused = sink.writes().size();
        Thread.sleep(150);
        assertThat(sink.writes()).hasSize(writesWhilePaused);
        engine.apply(Command.TOGGLE_PAUSE);
        sink.pace(8.0); // what is left of the sentence plays out quickly
        awaitStarted(1);

        int clip = new FakeSynthesizer("x", 20, new ArrayList<>())
                .synthesize(one.paragraphs().get(0).sentences().get(0).spoken(), 1.0).samples().length;
        int speech = 0;
        for (FakeSink.Write w : sink.writes()) {
            if (!w.speech()) {
                break;
            }
            speech += w.frames();
        }
        assertThat(started.stream().filter(s -> index(s) == 0)).hasSize(1);
        assertThat(speech).isBetween(clip, clip + FakeSynthesizer.RATE / 4);
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void aSpeedChangeReachesTheStretcherWithoutRestartingTheSentence() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 1.0, 40).start();
        awaitStarted(0);
        engine.apply(Command.FASTER);
        engine.apply(Command.MUCH_FASTER);
        await(() -> Math.abs(engine.stretcherSpeed() - 1.6) < 1e-9, "the stretcher at 1.6x");
        assertThat(engine.snapshot().speed()).isEqualTo(1.6);
        assertThat(started).hasSize(1);
        engine.apply(Command.NORMAL_SPEED);
        await(() -> engine.stretcherSpeed() == 1.0, "the stretcher back at 1x");
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void gapsAfterSentencesAndParagraphsShrinkWithSpeed() throws Exception {
        engine(Scripts.threeParagraphs(), 2.0, 50.0, 5).start();
        await(() -> ended, "the end");
        List<Integer> gaps = new ArrayList<>();
        int silence = 0;
        for (FakeSink.Write w : sink.writes()) {
            if (w.speech()) {
                if (silence > 0) {
                    gaps.add(silence);
                }
                silence = 0;
            } else {
                silence += w.frames();
            }
        }
        // the voice has 100 ms after a sentence and 200 ms after a paragraph; at 2x, half of each
        assertThat(gaps).containsExactly(800, 800, 1600, 800, 1600);
    }

    @Test
    void theSnapshotCarriesTheTitleForTheScreenOrNothingWhenThereIsNone() {
        assertThat(engine(Scripts.threeParagraphs(), 1.0, 50.0, 5).snapshot().title()).isEqualTo("A test article");
        engine.close();
        Script untitled = new Script(null, List.of(Scripts.paragraph("Only one.")));
        assertThat(engine(untitled, 1.0, 50.0, 5).snapshot().title()).isEmpty();
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void playsToTheEndThenReportsIt() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 50.0, 5).start();
        assertThat(engine.awaitEnd(10_000)).isTrue();
        assertThat(ended).isTrue();
        assertThat(started).extracting(this::index).containsExactly(0, 1, 2, 3, 4, 5);
        Snapshot end = engine.snapshot();
        assertThat(end.state()).isEqualTo(PlaybackState.ENDED);
        assertThat(end.percent()).isEqualTo(100);
        assertThat(end.secondsLeft()).isZero();
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void nextVoiceRestartsTheSentenceInTheOtherVoice() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 1.0, 40).start();
        awaitStarted(0);
        engine.apply(Command.NEXT_VOICE);
        assertThat(engine.snapshot().voice()).isEqualTo("beta");
        await(() -> started.size() >= 2, "the sentence again");
        assertThat(index(started.get(1))).isZero();
        assertThat(calls).anyMatch(c -> c.voice().equals("beta") && c.text().startsWith("First sentence"));
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void endGoesToTheLastSentenceAndNextFromThereEnds() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 1.0, 40).start();
        awaitStarted(0);
        engine.apply(Command.END);
        awaitStarted(5);
        sink.pace(8.0); // the last sentence plays out quickly
        engine.apply(Command.NEXT_SENTENCE);
        assertThat(engine.awaitEnd(5000)).isTrue();
        assertThat(engine.snapshot().state()).isEqualTo(PlaybackState.ENDED);
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void sayingTheStatusSpeaksItThenRestartsTheSentence() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 4.0, 40).start();
        awaitStarted(0);
        engine.say("paragraph 1 of 3");
        await(() -> calls.stream().anyMatch(c -> c.text().equals("paragraph 1 of 3")), "the status spoken");
        await(() -> started.size() >= 2, "the sentence again");
        assertThat(index(started.get(1))).isZero();
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void aSynthesisFailureEndsPlaybackAndIsReported() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 1.0, v -> new Synthesizer() {
            @Override
            public hark.pcm.Pcm synthesize(String spoken, double rate) {
                throw new HarkException(HarkException.AUDIO, "the voice broke");
            }

            @Override
            public void close() {}
        }).start();
        assertThat(engine.awaitEnd(5000)).isTrue();
        assertThat(engine.failure()).hasMessage("the voice broke");
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void wordsPerMinuteAreMeasuredFromWhatWasHeardAndFollowTheSpeed() throws Exception {
        engine(Scripts.threeParagraphs(), 1.0, 4.0, 40).start();
        awaitStarted(1);
        // 6 words in 38 characters at 40 ms each, then a 100 ms gap: 6 words in 1.62 s
        assertThat(engine.snapshot().wordsPerMinute()).isEqualTo((int) Math.round(6 / 1.62 * 60));
        engine.apply(Command.MUCH_FASTER);
        engine.apply(Command.MUCH_FASTER);
        assertThat(engine.snapshot().wordsPerMinute()).isEqualTo((int) Math.round(2 * 6 / 1.62 * 60));
    }

    @Test
    void statusCountsPositionPercentAndTimeLeftAtTheCurrentSpeed() {
        // 6 sentences of 6, 6, 6, 6, 6 and 7 words; the test voice speaks 180 words a minute
        engine(Scripts.threeParagraphs(), 1.0, 1.0, 40);
        engine.startAt(map.at(3));
        Snapshot s = engine.snapshot();
        assertThat(s.paragraphNumber()).isEqualTo(2);
        assertThat(s.paragraphs()).isEqualTo(3);
        assertThat(s.sentenceNumber()).isEqualTo(1);
        assertThat(s.sentences()).isEqualTo(2);
        int total = new ScriptMap(Scripts.threeParagraphs()).totalWords();
        int before = new ScriptMap(Scripts.threeParagraphs()).wordsBefore(3);
        assertThat(s.percent()).isEqualTo(100 * before / total);
        assertThat(s.secondsLeft()).isEqualTo(Math.round((total - before) / 180.0 * 60));
        engine.apply(Command.MUCH_FASTER);
        assertThat(engine.snapshot().secondsLeft()).isEqualTo(Math.round((total - before) / 270.0 * 60));
        assertThat(engine.snapshot().wordsPerMinute()).as("not measured yet, so not shown").isZero();
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void aSentenceWithNothingToSayIsSkippedSilentlyAndNavigationStillCountsIt() throws Exception {
        // Issue 12: spoken forms are computed lazily, so one that comes out empty is found only at play time.
        Sentence footnote = Sentence.lazy("[1]", text -> "");
        Script script = new Script("t", List.of(
                new Paragraph(BlockKind.PARAGRAPH, List.of(new Sentence("First one.", "First one."), footnote)),
                new Paragraph(BlockKind.PARAGRAPH, List.of(new Sentence("[2]", ""))),
                Scripts.paragraph("Last one.")));
        engine(script, 2.0, 50.0, 5).start();
        assertThat(engine.awaitEnd(10_000)).isTrue();
        assertThat(footnote.isNormalized()).isTrue();
        assertThat(calls).extracting(FakeSynthesizer.Call::text).containsExactly("First one.", "Last one.");
        // nothing is said for the silent two, so nothing starts there either
        assertThat(started).extracting(this::index).containsExactly(0, 3);
        List<Integer> gaps = new ArrayList<>();
        int silence = 0;
        for (FakeSink.Write w : sink.writes()) {
            if (w.speech()) {
                if (silence > 0) {
                    gaps.add(silence);
                }
                silence = 0;
            } else {
                silence += w.frames();
            }
        }
        // one sentence gap (100 ms at 2x) after "First one.", and no pause at all for the two silent ones
        assertThat(gaps).containsExactly(800);
        assertThat(engine.snapshot().percent()).isEqualTo(100);
    }

    @Test
    @Slow // plays in real time on the in-memory sound device
    void jumpingOntoASilentSentenceGoesOnToTheNextOneThatSpeaks() throws Exception {
        Script script = new Script("t", List.of(Scripts.paragraph("First one."),
                new Paragraph(BlockKind.PARAGRAPH, List.of(Sentence.lazy("*", text -> ""))),
                Scripts.paragraph("Second one.", "Third one.")));
        engine(script, 1.0, 1.0, 40).start();
        awaitStarted(0);
        engine.apply(Command.NEXT_PARAGRAPH);
        awaitStarted(2);
        assertThat(started).extracting(this::index).startsWith(0, 2);
        assertThat(calls).extracting(FakeSynthesizer.Call::text).doesNotContain("", "*");
    }
}
