package hark.audio;

import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** First version: speaks the whole script at the FreeTTS rate into one clip, with gaps between sentences. */
public final class WavRenderer {
    private final Synthesizer synth;
    private final VoiceSpec voice;

    public WavRenderer(Synthesizer synth, VoiceSpec voice) {
        this.synth = synth;
        this.voice = voice;
    }

    public Pcm render(Script script, double speed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rate = 16000;
        for (Paragraph p : script.paragraphs()) {
            for (Sentence s : p.sentences()) {
                Pcm pcm = synth.synthesize(s.spoken(), speed);
                rate = pcm.sampleRate();
                ByteBuffer buf = ByteBuffer.allocate(pcm.samples().length * 2).order(ByteOrder.LITTLE_ENDIAN);
                buf.asShortBuffer().put(pcm.samples());
                out.writeBytes(buf.array());
                out.writeBytes(new byte[(int) (rate * voice.sentenceGapMs() / 1000.0 / speed) * 2]);
            }
        }
        short[] samples = new short[out.size() / 2];
        ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return new Pcm(rate, samples);
    }
}
