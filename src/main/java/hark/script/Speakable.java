package hark.script;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last step: leaves only lower-case ASCII words and sentence punctuation, in a form FreeTTS's TokenToWords reads
 * word for word. Letters of other scripts, emoji and stray symbols are dropped; digits that survived the earlier
 * steps are read one by one; hyphens and inner dots split words; and a word FreeTTS would spell out because its
 * pronounceability test rejects it is spelled here, so what we print is what it says. Thread-safe.
 */
final class Speakable implements Rewrite {
    private static final String KEEP_PUNCTUATION = ".,;:!?";
    private final Map<String, String> spelled = new ConcurrentHashMap<>();

    @Override
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (c == '\'' && word.length() > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                word.append(c);
                continue;
            }
            flush(word, out);
            if (c >= '0' && c <= '9') {
                out.append(' ').append(NumberWords.digits(String.valueOf(c))).append(' ');
            } else if (KEEP_PUNCTUATION.indexOf(c) >= 0) {
                punctuation(out, c);
            } else {
                space(out);
            }
        }
        flush(word, out);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        int start = 0;
        while (start < end && (out.charAt(start) == ' ' || KEEP_PUNCTUATION.indexOf(out.charAt(start)) >= 0)) {
            start++;
        }
        return out.substring(start, end);
    }

    private void flush(StringBuilder word, StringBuilder out) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        if (spelled.size() > 50_000) {
            spelled.clear();
        }
        out.append(w.length() > 1 ? spelled.computeIfAbsent(w, Speakable::asFreeTtsReadsIt) : w);
    }

    /** FreeTTS spells an alphabetic word its automata reject; do it here so the printed words are the spoken ones. */
    private static String asFreeTtsReadsIt(String word) {
        int apostrophe = word.indexOf('\'');
        String stem = word;
        String suffix = "";
        if (apostrophe >= 0) {
            String tail = word.substring(apostrophe);
            if (tail.equals("'s") || tail.equals("'ll") || tail.equals("'ve") || tail.equals("'d")) {
                stem = word.substring(0, apostrophe);
                suffix = tail;
            } else {
                stem = word.replace("'", "");
            }
        }
        if (stem.length() <= 1 || FreeTtsWords.get().pronounceable(stem)) {
            return word;
        }
        return Letters.spell(stem) + suffix;
    }

    private static void punctuation(StringBuilder out, char c) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (end == 0) {
            return;
        }
        char last = out.charAt(end - 1);
        if (KEEP_PUNCTUATION.indexOf(last) >= 0) {
            // keep the stronger mark: a full stop, question or exclamation mark beats a comma
            if (".!?".indexOf(c) >= 0 && ".!?".indexOf(last) < 0) {
                out.setCharAt(end - 1, c);
            }
        } else {
            out.append(c);
        }
        out.append(' ');
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
