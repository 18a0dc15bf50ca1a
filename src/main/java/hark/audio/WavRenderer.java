package hark.audio;

import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.List;

/**
 * Renders a whole script into one clip for {@code -o FILE.wav}: each sentence is spoken and brought to the
 * speed as {@link SpeedPlan} says (the synthesizer's own rate, then {@link TempoStretcher}), followed by the
 * voice's sentence gap, or its paragraph gap after a paragraph's last sentence; gaps shrink as 1/speed.
 * Not thread-safe (the synthesizer is not).
 *
 * <pre>{@code
 * Pcm pcm = new WavRenderer(synth, voice).render(script, 2.0);
 * WavWriter.write(pcm, Path.of("out.wav"));
 * }</pre>
 */
public final class WavRenderer {
    /** FreeTTS's rate; used for a script with nothing to say. */
    private static final int DEFAULT_RATE = 16000;

    private final Synthesizer synth;
    private final VoiceSpec voice;

    public WavRenderer(Synthesizer synth, VoiceSpec voice) {
        this.synth = synth;
        this.voice = voice;
    }

    public Pcm render(Script script, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        SpeedPlan plan = SpeedPlan.forSpeed(speed);
        ShortQueue out = new ShortQueue();
        int rate = DEFAULT_RATE;
        for (Paragraph p : script.paragraphs()) {
            List<Sentence> sentences = p.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Pcm spoken = synth.synthesize(sentences.get(i).spoken(), plan.synthRate());
                rate = spoken.sampleRate();
                short[] samples = TempoStretcher.stretch(spoken, plan.stretch()).samples();
                out.append(samples, 0, samples.length);
                out.appendSilence(gapSamples(voice, i == sentences.size() - 1, speed, rate));
            }
        }
        short[] all = new short[out.size()];
        out.take(all, 0, all.length);
        return new Pcm(rate, all);
    }

    /** The silence after a sentence: the voice's paragraph gap at a paragraph's end, else its sentence gap. */
    public static int gapSamples(VoiceSpec voice, boolean paragraphEnd, double speed, int sampleRate) {
        int ms = paragraphEnd ? voice.paragraphGapMs() : voice.sentenceGapMs();
        return (int) Math.round(sampleRate * Math.max(0, ms) / 1000.0 / speed);
    }
}
