package hark.script;

import hark.voice.VoiceCatalog;
import java.util.List;

/**
 * Rewrites one English sentence into the lower-case words a careful reader would say, in the manner of Sproat's
 * text normalization: a chain of small steps, each turning one class of written tokens into words, listed here top to
 * bottom. Order matters: the pronunciation dictionary first (the user has the last word), then URLs, money, times,
 * dates, units and fractions before the plain numbers they contain, and letters and symbols last. The result holds
 * only words FreeTTS reads as they are, so nothing is expanded twice. Never throws; thread-safe.
 *
 * <pre>{@code
 * new EnglishNormalizer().speakable("A $1.2bn deal at 3:45pm.") // "a one point two billion dollar deal at three forty five p m."
 * }</pre>
 */
public final class EnglishNormalizer implements SpeechNormalizer {
    private final List<Rewrite> steps;

    /** The user's pronunciation file and the default voice's shipped entries. */
    public EnglishNormalizer() {
        this(PronunciationDictionary.forVoice(VoiceCatalog.DEFAULT_VOICE));
    }

    public EnglishNormalizer(PronunciationDictionary dictionary) {
        this.steps = List.of(
                new Typography(),
                dictionary,
                new Electronic(),
                new Money(),
                new Times(),
                new Dates(),
                new Measures(),
                new Fractions(),
                new RomanNumerals(),
                new AbbreviationWords(),
                new Numbers(),
                new Letters(),
                new Symbols(),
                new Speakable());
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
                // a rule tripping over odd input must not silence the sentence: skip that rule
                continue;
            }
        }
        return out;
    }
}
