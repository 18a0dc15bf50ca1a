package hark.player;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The words per minute actually heard, over the last few sentences, brought back to 1x so that it follows a
 * speed change at once. Before any sentence has been heard it is the voice's nominal rate. Not thread-safe; the
 * engine guards it.
 */
final class ReadingRate {
    private static final int SENTENCES = 5;

    private record Heard(int words, double secondsAt1x) {}

    private final double nominal;
    private final Deque<Heard> recent = new ArrayDeque<>();

    /** @param nominal the voice's words per minute at 1x */
    ReadingRate(double nominal) {
        this.nominal = nominal;
    }

    /** A sentence and its gap took {@code seconds} at {@code speed}. */
    void heard(int words, double seconds, double speed) {
        if (words <= 0 || seconds <= 0) {
            return;
        }
        recent.addLast(new Heard(words, seconds * speed));
        if (recent.size() > SENTENCES) {
            recent.removeFirst();
        }
    }

    /** @return true once a sentence has been heard, so the rate is measured rather than the voice's nominal one */
    boolean measured() {
        return !recent.isEmpty();
    }

    /** @return words per minute at 1x */
    double atNormalSpeed() {
        double seconds = recent.stream().mapToDouble(Heard::secondsAt1x).sum();
        int words = recent.stream().mapToInt(Heard::words).sum();
        return seconds <= 0 ? nominal : words / seconds * 60;
    }
}
