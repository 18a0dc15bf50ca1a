package hark.audio;

/**
 * How a listening speed is reached: part by the synthesizer's own rate, the rest by stretching time.
 *
 * @param synthRate the rate to ask the synthesizer for
 * @param stretch the tempo factor the {@link TempoStretcher} applies to that audio
 */
public record SpeedPlan(double synthRate, double stretch) {
    /** First version: all by stretching. */
    public static SpeedPlan forSpeed(double speed) {
        return new SpeedPlan(1.0, speed);
    }
}
