package hark.audio;

/**
 * Non-uniform speed for fast speech, after Covell et al.'s MACH1: listeners lose short consonants first, so
 * unvoiced sound is sped up less than the asked speed and pauses more. A running balance of the output owed
 * speeds everything up or down a little, so that voiced sound takes up the difference and the average speed
 * stays what was asked, within about 50 ms.
 * Not thread-safe; owned by a {@link TempoStretcher}.
 */
final class ConsonantPacer {
    /** Below this speed every sound is sped up alike. */
    static final double MIN_SPEED = 1.5;
    /** Consonants go at this share of the extra speed above 1x. */
    private static final double CONSONANT_SHARE = 0.5;
    /** Pauses go this much faster than asked. */
    private static final double PAUSE_FACTOR = 1.5;
    /** The balance changes speeds by at most these factors. */
    private static final double CORRECTION_MIN = 0.67;
    private static final double CORRECTION_MAX = 1.5;

    private final double window;
    /** Output owed: what the asked speed would have produced minus what was produced, in samples. */
    private double owed;

    ConsonantPacer(int sampleRate) {
        window = sampleRate * 0.05;
    }

    double localSpeed(double speed, AmdfPitch.Period period) {
        if (speed < MIN_SPEED) {
            return speed;
        }
        double base = period.silent() ? speed * PAUSE_FACTOR
                : period.voiced() ? speed
                : 1 + (speed - 1) * CONSONANT_SHARE;
        // Produced too much (owed < 0): speed up to repay it; slow down for a surplus.
        double factor = Math.exp(-owed / window);
        return base * Math.max(CORRECTION_MIN, Math.min(CORRECTION_MAX, factor));
    }

    void account(int consumed, int produced, double speed) {
        owed += consumed / speed - produced;
    }

    void reset() {
        owed = 0;
    }
}
