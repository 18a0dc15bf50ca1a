package hark.voice;

import com.sun.speech.freetts.en.us.CMULexicon;
import java.io.IOException;
import java.util.Optional;

/**
 * FreeTTS's CMU lexicon, loaded once for the whole process: the normalizer asks it which words FreeTTS knows, and
 * kevin16 speaks with it. FreeTTS keeps a loaded lexicon in a static, unsynchronized map, so two threads loading
 * at once race on it; every load therefore goes through here first (class initialization runs once, and other
 * threads wait for it). After that, lookups only read, so they are safe from any thread.
 */
public final class FreeTtsLexicon {
    private FreeTtsLexicon() {}

    private static final class Holder {
        static final Loaded LOADED = load();
    }

    /** The loaded lexicon, or why it could not be loaded. */
    public record Loaded(Optional<CMULexicon> lexicon, Optional<Exception> failure) {}

    /** The shared lexicon; the first call loads it (about a fifth of a second), later calls return at once. */
    public static Loaded get() {
        return Holder.LOADED;
    }

    private static Loaded load() {
        try {
            return new Loaded(Optional.of(CMULexicon.getInstance(true)), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Loaded(Optional.empty(), Optional.of(e));
        }
    }
}
