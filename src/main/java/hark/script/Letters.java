package hark.script;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initialisms spelled as letters ("FBI" "f b i", "U.S." "u s") versus acronyms said as words ("NATO", "NASA"),
 * decided by FreeTTS's lexicon (does it list the word, and as a word or as letters?) and by shape (two or three
 * capitals are letters; longer ones are a word if FreeTTS can pronounce them). A text written all in capitals
 * keeps the words the lexicon knows. Stateless and thread-safe.
 */
final class Letters implements Rewrite {
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w.])((?:[A-Za-z]\\.){2,})(?:'?s\\b)?");
    private static final Pattern CAPITALS = Pattern.compile("\\b([A-Z][A-Z&]*[A-Z])(s|'s|’s)?\\b");
    private static final Pattern CAMEL = Pattern.compile("\\b([A-Z]{2,})(?=[A-Z][a-z]+[a-z])");
    private static final Set<String> SHORT_WORDS = Set.of("RAM", "ROM", "GIF", "PIN", "SIM", "CAD", "ZIP", "MAD",
            "SARS", "DOS", "JAM", "MOMA", "PAC", "POTUS", "FLOTUS", "SCOTUS", "WASP", "NIMBY", "SAG");
    // three-letter initialisms that are also English words; said as words they would mean something else
    private static final Set<String> INITIALISMS = Set.of("WHO", "CAT", "PET", "ICE", "ACT", "DOE", "DOT", "IRA",
            "LED", "SEC", "VAT", "ABS", "GUI", "UPS", "USA", "SOS", "FAA", "HUD", "NIH", "ONS", "ITV", "HIV", "RAF",
            "TED", "EVA", "CIA", "COO", "DEA", "BOE", "GED", "IMO", "NEC", "NGO", "SAS", "IOS", "AMC", "EST", "CST",
            "MST", "PST", "EDT", "CDT", "MDT", "PDT", "BST", "CET", "GMT", "UTC");
    private static final Map<String, String> SPECIAL = Map.of("OK", "okay", "TV", "t v", "AT&T", "a t and t",
            "R&D", "r and d", "Q&A", "q and a", "P&G", "p and g", "B&B", "b and b", "M&A", "m and a");

    @Override
    public String apply(String text) {
        String out = Rewrite.replace(DOTTED, text, m -> {
            String letters = spell(m.group(1).replace(".", ""));
            return Rewrite.words(m.group().endsWith("s") && !m.group(1).endsWith("s.") ? letters + "'s" : letters);
        });
        out = CAMEL.matcher(out).replaceAll("$1 ");
        boolean shouting = shouting(out);
        return Rewrite.replace(CAPITALS, out, m -> {
            String word = m.group(1);
            String suffix = m.group(2) == null ? "" : m.group(2).replace('’', '\'');
            String special = SPECIAL.get(word);
            if (special != null) {
                return special + (suffix.isEmpty() ? "" : "'s");
            }
            if (word.indexOf('&') >= 0) {
                return String.join(" and ", word.split("&")) + suffix;
            }
            if (saidAsWord(word, shouting)) {
                return word.toLowerCase(Locale.ROOT) + suffix;
            }
            return spell(word) + (suffix.isEmpty() ? "" : "'s");
        });
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> DECIDED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean saidAsWord(String word, boolean shouting) {
        if (shouting) {
            return decide(word, true);
        }
        if (DECIDED.size() > 20_000) {
            DECIDED.clear();
        }
        return DECIDED.computeIfAbsent(word, w -> decide(w, false));
    }

    private static boolean decide(String word, boolean shouting) {
        FreeTtsWords freetts = FreeTtsWords.get();
        if (shouting && freetts.known(word)) {
            return true;
        }
        if (SHORT_WORDS.contains(word)) {
            return true;
        }
        if (word.length() == 3) {
            // "737 MAX", "SIX Swiss Exchange": three capitals the lexicon says as a word are that word, unless the
            // word is a well-known initialism too ("WHO" the World Health Organization)
            return !INITIALISMS.contains(word) && freetts.known(word) && freetts.sayAsWord(word)
                    && freetts.pronounceable(word);
        }
        if (word.length() < 3) {
            return false;
        }
        if (freetts.known(word)) {
            return freetts.sayAsWord(word);
        }
        return freetts.pronounceable(word) && word.matches(".*[AEIOUY].*");
    }

    /** Most letters of the text are capitals: a headline or a shouted line, not a string of initialisms. */
    private static boolean shouting(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper > 12 && upper > 2 * lower;
    }

    static String spell(String letters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toLowerCase(letters.charAt(i)));
        }
        return out.toString();
    }
}
