package hark.script;

import java.util.List;
import java.util.function.Consumer;

/**
 * Rewrites one English sentence into the lower-case words a careful reader would say, in the manner of Sproat's
 * text normalization: a chain of small steps, each turning one class of written tokens into words, listed here top to
 * bottom. Order matters: the pronunciation dictionary first (the user has the last word), then footnote marks, URLs
 * and IP addresses, money, times, ratios, dates, units and fractions before the plain numbers they contain, letters
 * and symbols, and asides (parentheses, spaced hyphens) as pauses last. The result holds only words FreeTTS reads as
 * they are, so nothing is expanded twice. Never throws when assertions are off (a step that throws is skipped);
 * with assertions on, as in tests, it reports the step, so a bug in a rule is not hidden. Thread-safe.
 *
 * <pre>{@code
 * new EnglishNormalizer(PronunciationDictionary.empty()).speakable("A $1.2bn deal at 3:45pm.") // "a one point two billion dollar deal at three forty five p m."
 * }</pre>
 */
public final class EnglishNormalizer implements SpeechNormalizer {
    /** With assertions on (as in every test run), a step that throws fails loudly instead of being skipped. */
    private static final boolean STRICT = EnglishNormalizer.class.desiredAssertionStatus();
    private final List<Rewrite> steps;
    private final boolean strict;
    /** Told of each step skipped because it threw; hark shows these under --debug. */
    private final Consumer<String> skipped;

    public EnglishNormalizer(PronunciationDictionary dictionary) {
        this(List.of(
                new Typography(),
                dictionary,
                new Footnotes(),
                new Electronic(),
                new IpAddresses(),
                new Money(),
                new Times(),
                new Ratios(),
                new Dates(),
                new Measures(),
                new Fractions(),
                new RomanNumerals(),
                new AbbreviationWords(),
                new Numbers(),
                new Letters(),
                new Symbols(),
                new Asides(),
                new Speakable()), STRICT);
    }

    EnglishNormalizer(List<Rewrite> steps, boolean strict) {
        this(steps, strict, skip -> { });
    }

    private EnglishNormalizer(List<Rewrite> steps, boolean strict, Consumer<String> skipped) {
        this.steps = List.copyOf(steps);
        this.strict = strict;
        this.skipped = skipped;
    }

    /** @return this normalizer, telling {@code to} of every step it skips because the step failed */
    public EnglishNormalizer reportingSkips(Consumer<String> to) {
        return new EnglishNormalizer(steps, strict, to);
    }

    /** The steps in order, for tests that run them without the safety net. */
    List<Rewrite> steps() {
        return steps;
    }

    @Override
    public String speakable(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String out = text;
        for (Rewrite step : steps) {
            try {
                out = step.apply(out);
            } catch (RuntimeException e) {
                if (strict && !(step instanceof PronunciationDictionary)) { // the user's regexes are not our bug
                    throw new IllegalStateException(step.getClass().getSimpleName() + " failed on: " + out, e);
                }
                // for a listener, a rule tripping over odd input must not silence the sentence: skip that rule
                skipped.accept(step.getClass().getSimpleName() + " skipped on \"" + out + "\": " + e);
            }
        }
        return out;
    }
}
