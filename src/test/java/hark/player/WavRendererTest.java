package hark.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hark.Slow;
import hark.article.BlockKind;
import hark.audio.PitchEstimate;
import hark.audio.Signals;
import hark.pcm.Pcm;
import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WavRendererTest {
    private static final Script SCRIPT = new Script("Talks", List.of(
            paragraph("Talks resume in Geneva.", "Delegates from both sides arrived on Monday evening."),
            paragraph("The two governments have disagreed for months about fishing rights in the north.",
                    "Neither side expects a quick agreement, officials said.")));
    private static Synthesizer synth;
    private static WavRenderer renderer;
    private static Pcm normal;

    /** kevin16 and the script at 1x, made on first use: only the tests tagged slow load the voice. */
    private static WavRenderer renderer() {
        if (renderer == null) {
            synth = new FreeTtsSynthesizer(VoiceSpec.kevin16());
            renderer = new WavRenderer(synth, VoiceSpec.kevin16());
            normal = renderer.render(SCRIPT, 1.0);
        }
        return renderer;
    }

    @AfterAll
    static void close() {
        if (synth != null) {
            synth.close();
        }
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void twiceTheSpeedGivesHalfTheLengthAtTheSamePitch() {
        Pcm fast = renderer().render(SCRIPT, 2.0);
        assertThat(fast.seconds() / normal.seconds()).isBetween(0.45, 0.55);
        double f0 = PitchEstimate.medianF0(normal);
        assertThat(PitchEstimate.medianF0(fast)).isCloseTo(f0, within(f0 * 0.1));
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void threeTimesAndHalfTheSpeedScaleTheLengthAndKeepThePitch() {
        Pcm fastest = renderer().render(SCRIPT, 3.0);
        double f0 = PitchEstimate.medianF0(normal);
        assertThat(fastest.seconds() / normal.seconds()).isBetween(0.30, 0.37);
        assertThat(PitchEstimate.medianF0(fastest)).isCloseTo(f0, within(f0 * 0.1));
        Pcm slow = renderer().render(SCRIPT, 0.5);
        assertThat(slow.seconds() / normal.seconds()).isBetween(1.8, 2.2);
        assertThat(PitchEstimate.medianF0(slow)).isCloseTo(f0, within(f0 * 0.1));
    }

    @Test
    void eachSentenceIsFollowedByTheSentenceGapAndEachParagraphByTheParagraphGap() {
        VoiceSpec voice = new VoiceSpec("t", "", "kevin16", 100, 11, 187, 250, 600);
        Pcm tone = Signals.harmonic(16000, 120, 0.5);
        Synthesizer fake = new Synthesizer() {
            @Override
            public Pcm synthesize(String spoken, double rate) {
                return tone;
            }

            @Override
            public void close() {}
        };
        Pcm pcm = new WavRenderer(fake, voice).render(SCRIPT, 1.0);
        // tone, 250 ms, tone, 600 ms (paragraph end), tone, 250 ms, tone, 600 ms
        assertThat(silentRuns(pcm.samples())).containsExactly(4000, 9600, 4000, 9600);
        assertThat(pcm.samples()).hasSize(4 * 8000 + 2 * 4000 + 2 * 9600);
    }

    @Test
    void rendersIntoItsOutputSentenceBySentenceWithoutHoldingTheWhole() throws java.io.IOException {
        VoiceSpec voice = new VoiceSpec("t", "", "kevin16", 100, 11, 187, 250, 600);
        Pcm tone = Signals.harmonic(16000, 120, 0.5);
        int[] spoken = {0};
        Synthesizer counting = new Synthesizer() {
            @Override
            public Pcm synthesize(String text, double rate) {
                spoken[0]++;
                return tone;
            }

            @Override
            public void close() {}
        };
        java.util.List<Integer> spokenAtEachWrite = new java.util.ArrayList<>();
        long[] total = {0};
        new WavRenderer(counting, voice).render(SCRIPT, 1.0, (samples, offset, length) -> {
            spokenAtEachWrite.add(spoken[0]);
            total[0] += length;
        });
        // Each sentence, then its gap, reaches the output before the next sentence is spoken.
        assertThat(spokenAtEachWrite).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
        assertThat(total[0]).isEqualTo(4 * 8000 + 2 * 4000 + 2 * 9600);
    }

    @Test
    void aSentenceWithNothingToSayIsLeftOutWithItsGapAndIsNormalizedOnlyWhenReached() throws java.io.IOException {
        VoiceSpec voice = new VoiceSpec("t", "", "kevin16", 100, 11, 187, 250, 600);
        Pcm tone = Signals.harmonic(16000, 120, 0.5);
        List<String> asked = new java.util.ArrayList<>();
        Synthesizer recording = new Synthesizer() {
            @Override
            public Pcm synthesize(String text, double rate) {
                asked.add(text);
                return tone;
            }

            @Override
            public void close() {}
        };
        Sentence silent = Sentence.lazy("[1]", text -> "");
        Script script = new Script("t", List.of(new Paragraph(BlockKind.PARAGRAPH,
                List.of(new Sentence("One.", "one."), silent, new Sentence("Two.", "two.")))));
        assertThat(silent.isNormalized()).isFalse();
        long[] total = {0};
        new WavRenderer(recording, voice).render(script, 1.0, (samples, offset, length) -> total[0] += length);
        assertThat(silent.isNormalized()).isTrue();
        assertThat(asked).containsExactly("one.", "two.");
        // two sentences of 8000 samples, a sentence gap (250 ms) and the paragraph's gap (600 ms)
        assertThat(total[0]).isEqualTo(2 * 8000 + 4000 + 9600);
    }

    @Test
    void aSentenceTheSynthesizerCannotSpeakHasNoGapAsInPlayback() throws java.io.IOException {
        VoiceSpec voice = new VoiceSpec("t", "", "kevin16", 100, 11, 187, 250, 600);
        Pcm tone = Signals.harmonic(16000, 120, 0.5);
        Synthesizer failing = new Synthesizer() {
            @Override
            public Pcm synthesize(String text, double rate) {
                return text.equals("two.") ? new Pcm(16000, new short[0]) : tone;
            }

            @Override
            public void close() {}
        };
        Script script = new Script("t", List.of(new Paragraph(BlockKind.PARAGRAPH,
                List.of(new Sentence("One.", "one."), new Sentence("Two.", "two."), new Sentence("Three.", "three.")))));
        long[] total = {0};
        new WavRenderer(failing, voice).render(script, 1.0, (samples, offset, length) -> total[0] += length);
        // one and three with their gaps (250 ms, then the paragraph's 600 ms); nothing at all for two
        assertThat(total[0]).isEqualTo(2 * 8000 + 4000 + 9600);
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void anEmptyScriptRendersToEmptyAudio() {
        assertThat(renderer().render(new Script("", List.of()), 1.0).samples()).isEmpty();
    }

    private static Paragraph paragraph(String... sentences) {
        return new Paragraph(BlockKind.PARAGRAPH, java.util.Arrays.stream(sentences)
                .map(s -> new Sentence(s, s)).toList());
    }

    /** Lengths of the runs of exact zeros longer than 10 ms. */
    private static List<Integer> silentRuns(short[] s) {
        List<Integer> runs = new java.util.ArrayList<>();
        int run = 0;
        for (int i = 0; i <= s.length; i++) {
            if (i < s.length && s[i] == 0) {
                run++;
            } else {
                if (run > 160) {
                    runs.add(run);
                }
                run = 0;
            }
        }
        return runs;
    }
}
