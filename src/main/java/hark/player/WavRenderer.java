package hark.player;

import hark.audio.TempoStretcher;
import hark.pcm.Pcm;
import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Renders a whole script for {@code -o FILE.wav}, sentence by sentence into an {@link Output} (a
 * {@link hark.audio.WavStream}, so that memory stays flat however long the article), or into one clip: each
 * sentence is spoken, brought to the speed and followed by its gap as {@link Pacing} says, the rule the player
 * follows too.
 * Not thread-safe (the synthesizer is not).
 *
 * <pre>{@code
 * new WavRenderer(synth, voice).render(script, 2.0, wavStream::write);
 * Pcm pcm = new WavRenderer(synth, voice).render(script, 2.0);   // short scripts, tests
 * }</pre>
 */
public final class WavRenderer {
    /** The rate every clip is rendered at: the synthesizer's output rate. */
    public static final int DEFAULT_RATE = 16000;

    private final Synthesizer synth;
    private final VoiceSpec voice;

    public WavRenderer(Synthesizer synth, VoiceSpec voice) {
        this.synth = synth;
        this.voice = voice;
    }

    /** Where rendered audio goes, a sentence or a gap at a time; every block has the same sample rate. */
    @FunctionalInterface
    public interface Output {
        void write(short[] samples, int offset, int length) throws IOException;
    }

    /** The whole script as one clip, held in memory. */
    public Pcm render(Script script, double speed) {
        Collected out = new Collected();
        try {
            render(script, speed, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail
        }
        return new Pcm(DEFAULT_RATE, Arrays.copyOf(out.samples, out.size));
    }

    /** Grows as it is written to. */
    private static final class Collected implements Output {
        short[] samples = new short[0];
        int size;

        @Override
        public void write(short[] block, int offset, int length) {
            if (size + length > samples.length) {
                samples = Arrays.copyOf(samples, Math.max(size + length, 2 * samples.length));
            }
            System.arraycopy(block, offset, samples, size, length);
            size += length;
        }
    }

    /** Speaks each sentence in turn into {@code out}, followed by its gap; only one sentence is held at a time. */
    public void render(Script script, double speed, Output out) throws IOException {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        double synthRate = Pacing.synthRate(speed);
        short[] silence = new short[0];
        for (Paragraph p : script.paragraphs()) {
            List<Sentence> sentences = p.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                String text = sentences.get(i).spoken();
                if (text.isBlank()) {
                    continue; // nothing to say, as in playback: no audio and no gap
                }
                Pcm spoken = synth.synthesize(text, synthRate);
                if (spoken.sampleRate() != DEFAULT_RATE) {
                    throw new IllegalStateException("the synthesizer gave " + spoken.sampleRate() + " Hz, not "
                            + DEFAULT_RATE);
                }
                short[] samples = TempoStretcher.stretch(spoken, Pacing.stretch(speed, synthRate)).samples();
                out.write(samples, 0, samples.length);
                int gap = Pacing.gapFrames(voice, i == sentences.size() - 1, spoken, speed);
                if (silence.length < gap) {
                    silence = new short[gap];
                }
                out.write(silence, 0, gap);
            }
        }
    }
}
