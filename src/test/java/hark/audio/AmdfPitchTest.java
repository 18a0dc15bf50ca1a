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
        AmdfPitch.Period p = pitch.find(tone, 500);
        assertThat(p.voiced()).isTrue();
        assertThat((double) p.samples()).isCloseTo(RATE / 118.0, within(2.0));
    }

    @Test
    void noiseIsUnvoicedAndGetsTheLongestPeriod() {
        AmdfPitch.Period p = pitch.find(Signals.noise(RATE, 0.2, 3).samples(), 0);
        assertThat(p.voiced()).isFalse();
        assertThat(p.samples()).isEqualTo(pitch.maxPeriod());
    }
}
