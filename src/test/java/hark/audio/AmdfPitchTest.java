package hark.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AmdfPitchTest {
    private static final int RATE = 16000;
    private final AmdfPitch pitch = new AmdfPitch(RATE);

    @Test
    void findsThePeriodOfAVoicedTone() {
        short[] tone = Signals.harmonic(RATE, 118, 0.2).samples();
        // The 4 kHz search alone would be off by up to 2 samples; the full-rate refinement lands within one.
        assertThat(pitch.voiced(tone, 500)).isTrue();
        assertThat((double) pitch.period(tone, 500)).isCloseTo(RATE / 118.0, within(1.0));
    }

    @Test
    void noiseAndSilenceAreUnvoicedAndGetTheLongestPeriod() {
        AmdfPitch.Period p = pitch.find(Signals.noise(RATE, 0.2, 3).samples(), 0);
        assertThat(p.voiced()).isFalse();
        assertThat(p.samples()).isEqualTo(pitch.maxPeriod());
        assertThat(pitch.voiced(new short[pitch.window()], 0)).isFalse();
    }

    @Test
    void followsAPitchChangeAndForgetsTheOldPeriodOnReset() {
        short[] low = Signals.harmonic(RATE, 100, 0.2).samples();
        short[] high = Signals.harmonic(RATE, 200, 0.2).samples();
        pitch.period(low, 0);
        // A clean new period wins over the previous one: the smoothing only holds back poor matches.
        assertThat((double) pitch.period(high, 0)).isCloseTo(80, within(1.0));
        pitch.reset();
        assertThat((double) pitch.period(low, 0)).isCloseTo(160, within(1.0));
    }
}
