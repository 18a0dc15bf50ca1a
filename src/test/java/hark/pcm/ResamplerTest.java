package hark.pcm;

import static org.assertj.core.api.Assertions.assertThat;

import hark.speech.FreeTtsSynthesizer;
import hark.voice.VoiceSpec;
import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static Pcm tone(int rate, double hz, double seconds) {
        short[] s = new short[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return new Pcm(rate, s);
    }

    /** Zero crossings per second, twice the frequency. */
    private static double frequency(Pcm pcm) {
        int crossings = 0;
        short[] s = pcm.samples();
        for (int i = 1; i < s.length; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                crossings++;
            }
        }
        return crossings / pcm.seconds();
    }

    @Test
    void upsamplingKeepsDurationAndPitch() {
        Pcm out = Resampler.toRate(tone(8000, 220, 1.0), 16000);
        assertThat(out.sampleRate()).isEqualTo(16000);
        assertThat(out.seconds()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(frequency(out)).isCloseTo(220, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void downsamplingKeepsDurationAndPitch() {
        Pcm out = Resampler.toRate(tone(22050, 150, 1.0), 16000);
        assertThat(out.seconds()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(frequency(out)).isCloseTo(150, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void eightKilohertzVoiceComesOutAtTheOutputRate() {
        VoiceSpec kevin8k = new VoiceSpec("kevin8k", "", "kevin", 100, 11, 187, 250, 600);
        try (FreeTtsSynthesizer synth = new FreeTtsSynthesizer(kevin8k)) {
            Pcm pcm = synth.synthesize("The quick brown fox jumps over the lazy dog.", 1.0);
            assertThat(pcm.sampleRate()).isEqualTo(FreeTtsSynthesizer.OUTPUT_RATE);
            assertThat(pcm.seconds()).isBetween(1.5, 5.0); // not halved, as playing 8 kHz audio at 16 kHz would be
        }
    }
}
