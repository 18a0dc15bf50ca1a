package hark.audio;

/**
 * How a listening speed is reached: part by the synthesizer's own rate, the rest by stretching time.
 *
 * <p>Chosen by measurement (bench/audio/intelligibility.sh: pocketsphinx word error rate after slowing the
 * audio back to 1x with sox stretch; 1x scores 28.4%): stretching 1x audio with {@link TempoStretcher} loses
 * 0.0 points at 2x and 10.0 at 3x, FreeTTS's native rate 14.0 and 21.4, and the hybrids more (native 1.5x
 * stretched: 1.7 at 2x, 12.2 at 3x; native 2x or 2.5x stretched to 3x: 21.4, 31.0). So
 * the synthesizer always speaks at 1x and the whole speed is a stretch, which also means a live speed change
 * never needs the audio synthesized again.
 *
 * @param synthRate the rate to ask the synthesizer for
 * @param stretch the tempo factor the {@link TempoStretcher} applies to that audio
 */
public record SpeedPlan(double synthRate, double stretch) {
    public SpeedPlan {
        if (!(synthRate > 0) || !(stretch > 0) || Double.isInfinite(synthRate) || Double.isInfinite(stretch)) {
            throw new IllegalArgumentException("rates must be positive: " + synthRate + ", " + stretch);
        }
    }

    public static SpeedPlan forSpeed(double speed) {
        return new SpeedPlan(1.0, speed);
    }

    /** The stretch that turns audio synthesized at {@code synthRate} into {@code speed}: for live changes. */
    public static double stretchFor(double speed, double synthRate) {
        return speed / synthRate;
    }

    /** The listening speed this plan gives. */
    public double speed() {
        return synthRate * stretch;
    }
}
