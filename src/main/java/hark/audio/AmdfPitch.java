package hark.audio;

/**
 * Finds the pitch period of speech at a point with the average magnitude difference function (AMDF), as Sonic
 * does, and says whether the stretch of signal is voiced at all. Stateless and thread-safe.
 */
final class AmdfPitch {
    /** A normalized difference below this is a clear repetition: the first such dip is the period. */
    private static final double DIP = 0.25;
    /** A frame whose deepest normalized dip stays above this does not repeat: noise, not voice. */
    private static final double VOICED = 0.85;
    /** Below this mean magnitude (about -54 dBFS) a frame is treated as silence. */
    private static final double SILENCE = 64;

    /** @param samples the period in samples; @param voiced false for noise and silence */
    record Period(int samples, boolean voiced) {}

    private final int minPeriod;
    private final int maxPeriod;

    AmdfPitch(int sampleRate) {
        // 65-400 Hz covers adult speaking voices, kevin16's ~100 Hz included.
        minPeriod = Math.max(2, sampleRate / 400);
        maxPeriod = Math.max(minPeriod + 1, sampleRate / 65);
    }

    int maxPeriod() {
        return maxPeriod;
    }

    /** How many samples from {@code pos} {@link #find} looks at. */
    int window() {
        return 2 * maxPeriod + 1;
    }

    /**
     * The pitch period at {@code s[pos]}, needing {@link #window()} samples from there. Unvoiced frames get the
     * longest period, so that noise is cut in long pieces and repeating it does not buzz.
     */
    Period find(short[] s, int pos) {
        // YIN's cumulative-mean normalization of the AMDF: a smooth signal differs little from itself at short
        // lags, and formant ringing makes short dips; dividing by the running mean leaves the period's dip.
        double[] norm = new double[maxPeriod + 2];
        double running = 0;
        for (int lag = 1; lag <= maxPeriod + 1; lag++) {
            long diff = 0;
            for (int i = 0; i < maxPeriod; i++) {
                diff += Math.abs(s[pos + i] - s[pos + i + lag]);
            }
            running += diff;
            norm[lag] = running == 0 ? 1 : diff * lag / running;
        }
        int bestPeriod = -1;
        for (int lag = minPeriod; lag <= maxPeriod; lag++) {
            if (norm[lag] < DIP) {
                while (lag < maxPeriod && norm[lag + 1] < norm[lag]) {
                    lag++; // down to the bottom of the dip
                }
                bestPeriod = lag;
                break;
            }
        }
        double best = bestPeriod > 0 ? norm[bestPeriod] : Double.MAX_VALUE;
        if (bestPeriod < 0) {
            for (int lag = minPeriod; lag <= maxPeriod; lag++) {
                if (norm[lag] < best) {
                    best = norm[lag];
                    bestPeriod = lag;
                }
            }
        }
        long magnitude = 0;
        for (int i = 0; i < maxPeriod; i++) {
            magnitude += Math.abs(s[pos + i]);
        }
        boolean loud = magnitude / (double) maxPeriod > SILENCE;
        boolean voiced = loud && best < VOICED;
        return new Period(voiced ? bestPeriod : maxPeriod, voiced);
    }
}
