package hark.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hark.pcm.Pcm;
import hark.voice.VoiceSpec;
import org.junit.jupiter.api.Test;

class PacingTest {
    private static final Pcm SAID = new Pcm(16000, new short[] {1, 2, 3});

    @Test
    void gapsShrinkAsOneOverSpeed() {
        VoiceSpec voice = VoiceSpec.kevin16();
        assertThat(Pacing.gapFrames(voice, false, SAID, 2.0)).isEqualTo(16000 * 250 / 1000 / 2);
        assertThat(Pacing.gapFrames(voice, true, SAID, 3.0)).isEqualTo(3200);
    }

    @Test
    void theGapIsCountedAtTheRateOfTheAudioItFollows() {
        VoiceSpec voice = new VoiceSpec("t", "", "kevin16", 100, 11, 187, 100, 200);
        assertThat(Pacing.gapFrames(voice, false, new Pcm(8000, new short[] {1}), 1.0)).isEqualTo(800);
        assertThat(Pacing.gapFrames(voice, true, new Pcm(8000, new short[] {1}), 0.5)).isEqualTo(3200);
    }

    @Test
    void aSentenceThatSaidNothingHasNoGap() {
        VoiceSpec voice = VoiceSpec.kevin16();
        assertThat(Pacing.gapFrames(voice, false, new Pcm(16000, new short[0]), 1.0)).isZero();
        assertThat(Pacing.gapFrames(voice, true, new Pcm(16000, new short[0]), 1.0)).isZero();
    }

    @Test
    void aNegativeGapIsNoGap() {
        VoiceSpec voice = new VoiceSpec("t", "", "kevin16", 100, 11, 187, -50, -1);
        assertThat(Pacing.gapFrames(voice, false, SAID, 1.0)).isZero();
        assertThat(Pacing.gapFrames(voice, true, SAID, 1.0)).isZero();
    }

    @Test
    void theSynthesizerRateAndTheStretchTogetherGiveTheSpeed() {
        for (int tenths = 5; tenths <= 30; tenths++) {
            double speed = tenths / 10.0;
            double synthRate = Pacing.synthRate(speed);
            assertThat(synthRate * Pacing.stretch(speed, synthRate)).isCloseTo(speed, within(1e-9));
        }
        // a clip made at another rate is stretched by what is left
        assertThat(Pacing.stretch(3.0, 1.5)).isCloseTo(2.0, within(1e-9));
    }
}
