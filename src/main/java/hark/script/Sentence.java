package hark.script;

import java.util.Objects;

/**
 * One sentence, the unit of navigation: the text as written, shown on screen, and the same sentence made speakable,
 * exactly what the synthesizer receives. The spoken form may be computed lazily, on first use, so a long article
 * starts speaking without first normalizing every sentence (issue 12); it is computed once, whichever thread asks
 * first, and is the same as eager normalization gives. It may be empty (the written text had nothing to say, such
 * as a lone symbol); the player then skips the sentence silently. Thread-safe.
 */
public final class Sentence {
    private final String text;
    // The normalizer itself, not a function made from it for each sentence: 16 bytes less for each of a long
    // article's sentences (141,000 in a 10 MB page; issue 12, peak memory). Null once spoken is known.
    private SpeechNormalizer normalizer; // guarded by this
    private volatile String spoken;

    /** A sentence whose spoken form is already known. */
    public Sentence(String text, String spoken) {
        this.text = Objects.requireNonNull(text, "text");
        this.spoken = Objects.requireNonNull(spoken, "spoken");
    }

    private Sentence(String text, SpeechNormalizer normalizer) {
        this.text = Objects.requireNonNull(text, "text");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    /** A sentence whose spoken form {@code normalizer} computes when it is first needed. */
    public static Sentence lazy(String text, SpeechNormalizer normalizer) {
        return new Sentence(text, normalizer);
    }

    public String text() {
        return text;
    }

    /** @return the speakable form, computed now if it has not been yet; possibly blank */
    public String spoken() {
        String known = spoken;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (spoken == null) {
                String made = normalizer.speakable(text);
                spoken = made == null ? "" : made;
                normalizer = null;
            }
            return spoken;
        }
    }

    /** @return whether the spoken form has been computed (for tests and the benchmark's accounting) */
    public boolean isNormalized() {
        return spoken != null;
    }

    /**
     * The words of the written text: what the time estimate and the reading rate count. The spoken form differs
     * by a little ("$3.5m" is three written words, five spoken), but counting it would normalize the whole script.
     */
    public int wordCount() {
        return Words.count(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && text.equals(s.text) && spoken().equals(s.spoken());
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "Sentence[text=" + text + ", spoken=" + (isNormalized() ? spoken : "(not yet)") + "]";
    }
}
