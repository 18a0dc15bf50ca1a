package hark.script;

import java.util.Set;

/**
 * A cheap guess whether a text is English, so the command line can print a one-line notice before reading
 * something else with an English voice. Looks at the share of Latin letters and of very common English words in
 * the first few thousand characters; no models, microseconds per call. Stateless and thread-safe.
 *
 * <pre>{@code
 * if (!Language.isProbablyEnglish(text)) err.println("hark: this text does not look English; reading it anyway");
 * }</pre>
 */
public final class Language {
    /** How much of the start of a text is looked at; more is never read. */
    public static final int SAMPLE = 4_000;
    private static final Set<String> COMMON = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for", "it",
            "was", "on", "with", "as", "he", "she", "they", "be", "by", "at", "this", "have", "from", "or", "an",
            "are", "not", "but", "his", "her", "we", "you", "i", "their", "has", "had", "were", "which", "will",
            "been", "would", "there", "who", "more", "said", "its", "can", "all", "one", "about", "so", "if", "what");

    private Language() {}

    /** @return true for English text and for text too short or too wordless to judge */
    public static boolean isProbablyEnglish(String text) {
        if (text == null) {
            return true;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                }
            }
        }
        if (letters < 20) {
            return true;
        }
        if (latin < letters * 0.8) {
            return false;
        }
        int words = 0;
        int common = 0;
        for (String word : sample.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (COMMON.contains(word)) {
                common++;
            }
        }
        // running English prose has a common function word every three to five words; other languages rarely do
        return words < 8 || common >= words * 0.12;
    }
}
