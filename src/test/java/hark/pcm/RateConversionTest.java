package hark.pcm;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.speech.FreeTtsSynthesizer;
import hark.voice.VoiceSpec;
import org.junit.jupiter.api.Test;

class RateConversionTest {
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
        Pcm out = tone(8000, 220, 1.0).atRate(16000);
        assertThat(out.sampleRate()).isEqualTo(16000);
        assertThat(out.seconds()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(frequency(out)).isCloseTo(220, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void downsamplingKeepsDurationAndPitch() {
        Pcm out = tone(22050, 150, 1.0).atRate(16000);
        assertThat(out.seconds()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(frequency(out)).isCloseTo(150, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void upsamplingAddsNoImageOfATone() {
        Pcm out = tone(8000, 3000, 1.0).atRate(16000);
        // linear interpolation leaves an image at 8000 - 3000 Hz, only 7 dB down
        assertThat(amplitude(out, 5000)).isLessThan(amplitude(out, 3000) / 100);
    }

    @Test
    void downsamplingDropsWhatTheLowerRateCannotHoldInsteadOfFoldingItDown() {
        Pcm high = tone(22050, 10000, 1.0);
        Pcm out = high.atRate(16000);
        // above the new 8 kHz limit: with linear interpolation it came back as a 6 kHz tone at 60% of its level
        assertThat(rms(out.samples())).isLessThan(rms(high.samples()) / 50);
    }

    @Test
    void theSameRateGivesTheAudioBackAndSilenceStaysEmpty() {
        Pcm pcm = tone(16000, 440, 0.1);
        assertThat(pcm.atRate(16000)).isSameAs(pcm);
        assertThat(new Pcm(8000, new short[0]).atRate(16000).samples()).isEmpty();
    }

    /** The amplitude of the component at {@code hz}, by correlation with a sine and a cosine. */
    private static double amplitude(Pcm pcm, double hz) {
        short[] s = pcm.samples();
        double re = 0;
        double im = 0;
        for (int i = 0; i < s.length; i++) {
            double phase = 2 * Math.PI * hz * i / pcm.sampleRate();
            re += s[i] * Math.cos(phase);
            im += s[i] * Math.sin(phase);
        }
        return 2 * Math.hypot(re, im) / s.length;
    }

    private static double rms(short[] s) {
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / s.length);
    }

    @Test
    @Slow // loads a FreeTTS voice
    void eightKilohertzVoiceComesOutAtTheOutputRate() {
        VoiceSpec kevin8k = new VoiceSpec("kevin8k", "", "kevin", 100, 11, 187, 250, 600);
        try (FreeTtsSynthesizer synth = new FreeTtsSynthesizer(kevin8k)) {
            Pcm pcm = synth.synthesize("The quick brown fox jumps over the lazy dog.", 1.0);
            assertThat(pcm.sampleRate()).isEqualTo(FreeTtsSynthesizer.OUTPUT_RATE);
            assertThat(pcm.seconds()).isBetween(1.5, 5.0); // not halved, as playing 8 kHz audio at 16 kHz would be
        }
    }
}
