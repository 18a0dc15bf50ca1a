package hark.player;

/**
 * The time left as the status shows it. The estimate comes from the measured reading rate, which wobbles from one
 * sentence to the next; shown raw, the time left would sometimes grow while the listener just listens. So at a
 * steady speed and voice, with playback moving forward, the shown time never rises. A speed or voice change, or a
 * jump back, starts afresh. Not thread-safe; the engine guards it.
 */
final class TimeLeft {
    private long shown = -1;
    private int index;
    private double speed;
    private int voice;

    /**
     * @param estimate seconds left by the current estimate
     * @param index the current sentence
     * @return the seconds to show
     */
    long next(double estimate, int index, double speed, int voice) {
        long now = Math.round(estimate);
        boolean steady = shown >= 0 && speed == this.speed && voice == this.voice && index >= this.index;
        shown = steady ? Math.min(shown, now) : now;
        this.index = index;
        this.speed = speed;
        this.voice = voice;
        return shown;
    }
}
