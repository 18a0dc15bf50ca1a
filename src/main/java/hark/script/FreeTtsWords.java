package hark.script;

import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.PronounceableFSM;
import hark.voice.FreeTtsLexicon;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What FreeTTS knows about a word: whether its CMU lexicon lists it, whether that entry is spelled out letter by
 * letter ("fbi" is "eh f b iy ay"), and whether FreeTTS's pronounceability test (the prefix and suffix automata
 * its TokenToWords uses) would let it read the word or make it spell it. Loaded once, lazily; thread-safe after
 * that (lookups only read). The lexicon is the one kevin16 speaks with ({@link FreeTtsLexicon}), so it is loaded
 * once per process. If it cannot be loaded, every word counts as unknown but pronounceable; the listen command
 * shows why under --debug ({@link FreeTtsLexicon#get()}).
 */
final class FreeTtsWords {
    private static final class Holder {
        static final FreeTtsWords INSTANCE = load();
    }

    private final CMULexicon lexicon;
    private final PronounceableFSM prefix;
    private final PronounceableFSM suffix;

    private FreeTtsWords(CMULexicon lexicon, PronounceableFSM prefix, PronounceableFSM suffix) {
        this.lexicon = lexicon;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    static FreeTtsWords get() {
        return Holder.INSTANCE;
    }

    private static FreeTtsWords load() {
        try {
            CMULexicon lexicon = FreeTtsLexicon.get().lexicon().orElse(null);
            PronounceableFSM prefix = new PronounceableFSM(CMULexicon.class.getResource("prefix_fsm.txt"), true);
            PronounceableFSM suffix = new PronounceableFSM(CMULexicon.class.getResource("suffix_fsm.txt"), false);
            return new FreeTtsWords(lexicon, prefix, suffix);
        } catch (IOException | RuntimeException e) {
            return new FreeTtsWords(null, null, null);
        }
    }

    /** FreeTTS reads this lower-case word as a word rather than spelling it. */
    boolean pronounceable(String word) {
        if (prefix == null) {
            return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        synchronized (this) {
            return prefix.accept(w) && suffix.accept(w);
        }
    }

    /** The lexicon lists the word and says it as a word, not as its letters. */
    boolean sayAsWord(String word) {
        String[] phones = phones(word);
        if (phones == null) {
            return false;
        }
        StringBuilder spelled = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            String[] letter = phones(String.valueOf(c));
            if (letter == null) {
                return true;
            }
            spelled.append(String.join(" ", letter)).append(' ');
        }
        return !String.join(" ", phones).replaceAll("\\d", "").equals(spelled.toString().strip().replaceAll("\\d", ""));
    }

    boolean known(String word) {
        return phones(word) != null;
    }

    private String[] phones(String word) {
        if (lexicon == null) {
            return null;
        }
        synchronized (this) {
            String[] phones = lexicon.getPhones(word.toLowerCase(Locale.ROOT), null, false);
            return phones == null ? null : Arrays.copyOf(phones, phones.length);
        }
    }
}
