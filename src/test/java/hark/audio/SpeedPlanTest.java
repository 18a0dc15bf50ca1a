package hark.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpeedPlanTest {
    @Test
    void everySpeedFromHalfToThreeIsReachedExactly() {
        for (int tenths = 5; tenths <= 30; tenths++) {
            double speed = tenths / 10.0;
            SpeedPlan plan = SpeedPlan.forSpeed(speed);
            assertThat(plan.speed()).isCloseTo(speed, within(1e-9));
            assertThat(plan.synthRate()).isBetween(0.5, 3.0);
        }
    }

    @Test
    void everySpeedIsAStretchOf1xAudioAsMeasuredBestSoALiveChangeNeedsNoNewSynthesis() {
        for (int tenths = 5; tenths <= 30; tenths++) {
            assertThat(SpeedPlan.forSpeed(tenths / 10.0).synthRate()).isEqualTo(1.0);
        }
    }

    @Test
    void aLiveChangeIsTheStretchOverTheRateTheAudioWasSynthesizedAt() {
        assertThat(SpeedPlan.stretchFor(3.0, 1.5)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void rejectsNonPositiveRates() {
        assertThatThrownBy(() -> new SpeedPlan(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
