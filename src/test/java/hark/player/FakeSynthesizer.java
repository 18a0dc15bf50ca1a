package hark.player;

import hark.pcm.Pcm;
import hark.speech.Synthesizer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Speaks any text as a tone whose length grows with the text, recording what it was asked. Thread-safe. */
public final class FakeSynthesizer implements Synthesizer {
    public static final int RATE = 16000;

    public record Call(String voice, String text, double rate, long nanos) {}

    private final String voice;
    private final int millisPerChar;
    private final List<Call> calls;

    public FakeSynthesizer(String voice, int millisPerChar, List<Call> calls) {
        this.voice = voice;
        this.millisPerChar = millisPerChar;
        this.calls = calls;
    }

    public static List<Call> log() {
        return new CopyOnWriteArrayList<>();
    }

    @Override
    public Pcm synthesize(String spoken, double rate) {
        calls.add(new Call(voice, spoken, rate, System.nanoTime()));
        int n = (int) (RATE * millisPerChar / 1000.0 * spoken.length() / rate);
        short[] samples = new short[Math.max(1, n)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (8000 * Math.sin(2 * Math.PI * 220 * i / RATE));
            if (samples[i] == 0) {
                samples[i] = 1; // never silent, so tests can tell speech from gaps
            }
        }
        return new Pcm(RATE, samples);
    }

    @Override
    public void close() {}
}
