package hark.article.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small measures of a line's shape that several filters share: words, sentence ends, title case. Stateless. */
public final class TextShape {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /** Closing quotes and brackets that may follow a sentence's final mark. */
    private static final String CLOSERS = "\"'”’»)]*」』）";
    /** Short words that stay lower case in a title-case line. */
    private static final java.util.Set<String> SMALL = java.util.Set.of("a", "an", "the", "and", "or", "but", "of",
            "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "nor", "per", "is", "its");

    private TextShape() {}

    /**
     * @return the number of words: space-separated tokens holding a letter or digit; Chinese and Japanese, written
     *     without spaces, count one word for every two characters
     */
    public static int words(String text) {
        int count = 0;
        boolean letter = false;
        int unspaced = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                count += unspaced > 0 ? Math.max(1, unspaced / 2) : letter ? 1 : 0;
                letter = false;
                unspaced = 0;
            } else if (c >= 0x0E00 && isUnspacedScript(c)) {
                unspaced++;
            } else if (!letter && Character.isLetterOrDigit(c)) {
                letter = true;
            }
        }
        return count;
    }

    private static boolean isUnspacedScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** @return true when the text ends like a sentence: . ! ? … or : , perhaps followed by closing quotes */
    public static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && ".!?…:。！？：".indexOf(text.charAt(i)) >= 0;
    }

    /** @return true for running text: a sentence of two words or more, or any line of twenty words or more */
    public static boolean isProse(String text) {
        return isProse(text, words(text));
    }

    /** {@link #isProse(String)} with the words already counted, as a {@link Line} has them. */
    static boolean isProse(String text, int words) {
        return words >= 20 || words >= 2 && endsSentence(text);
    }

    /** @return the share (0..1) of words that start with a capital or digit, small function words left out */
    public static double titleCaseShare(String text) {
        int counted = 0;
        int capital = 0;
        for (String token : SPACE.split(text.strip())) {
            String word = OUTER_PUNCTUATION.matcher(token).replaceAll("");
            if (word.isEmpty() || SMALL.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                capital++;
            }
        }
        return counted == 0 ? 0 : (double) capital / counted;
    }

    /** @return lower case, curly apostrophes straightened, punctuation and symbols trimmed from both ends */
    public static String key(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder key = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c == '’' || c == '‘' ? '\'' : Character.toLowerCase(c));
        }
        return key.toString();
    }

    public static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
