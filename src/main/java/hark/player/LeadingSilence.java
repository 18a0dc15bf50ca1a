package hark.player;

/**
 * Where the speech in a clip begins. FreeTTS opens every utterance with about 160 ms of near-silence (its initial
 * pause segment). Between sentences that silence is part of the natural spacing, but after a key that moves
 * playback (→, ←, ↓, a search) it would be heard as the key being slow, so the engine starts such a clip a
 * little before its speech instead. Stateless.
 */
final class LeadingSilence {
    /** About -50 dBFS: quieter than any speech sound, louder than FreeTTS's silence. */
    static final int THRESHOLD = 100;
    /** Kept before the first sample above the threshold, so that a soft onset (an f, an h) is not clipped. */
    static final int MARGIN_MS = 40;

    private LeadingSilence() {}

    /** @return the sample to start from: {@link #MARGIN_MS} before the first one above the threshold, or 0 */
    static int speechStart(short[] samples, int sampleRate) {
        for (int i = 0; i < samples.length; i++) {
            if (Math.abs(samples[i]) > THRESHOLD) {
                return Math.max(0, i - sampleRate * MARGIN_MS / 1000);
            }
        }
        return 0; // all quiet: play it as it is
    }
}
