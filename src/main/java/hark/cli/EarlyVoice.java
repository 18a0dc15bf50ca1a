package hark.cli;

import hark.Environment;
import hark.speech.FreeTtsSynthesizer;
import hark.voice.FreeTtsLexicon;
import hark.voice.VoiceCatalog;
import hark.voice.VoiceSpec;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The starting voice, loaded from the process's first moment (issue 12): {@link Main} starts it before picocli has
 * parsed the command line, when the arguments look like listening to or rendering an article ({@link StartGuess}),
 * since loading the voice is the longest step of start-up and picocli alone takes a few hundred milliseconds. The
 * preset is guessed from the arguments and the settings file alone; whatever the guess, {@link WarmVoice} takes
 * the voice only when it is the FreeTTS voice the parsed command chose, and otherwise loads its own, so a wrong
 * guess costs time, never behaviour.
 *
 * <p>What it loads, in order: FreeTTS's lexicon (through {@link FreeTtsLexicon}, the one load the normalizer
 * shares), then the voice, under {@link hark.voice.FreeTtsVoices#loading}, so FreeTTS's static setup happens once
 * and never beside another thread's use of it. It prints nothing (FreeTTS's messages are captured) and runs on a
 * daemon thread, so a command that does not need it ({@code --help}, a wrong option) neither waits for it nor is
 * kept alive by it.
 *
 * <p>Thread-safe; the voice is handed out at most once.
 */
final class EarlyVoice {
    private static final EarlyVoice NONE = new EarlyVoice(null);

    private final Background<Optional<FreeTtsSynthesizer.Loaded>> loading; // null when nothing was started

    private EarlyVoice(Background<Optional<FreeTtsSynthesizer.Loaded>> loading) {
        this.loading = loading;
    }

    /** Nothing loaded early: {@link #take} always answers empty. */
    static EarlyVoice none() {
        return NONE;
    }

    /** Starts loading the voice the guessed command will most likely speak with. */
    static EarlyVoice start(StartGuess guess, Environment environment) {
        return start(() -> {
            FreeTtsLexicon.get();
            String preset = guess.voice().orElseGet(() -> configuredVoice(environment));
            Optional<VoiceSpec> spec = VoiceCatalog.preset(preset, VoiceCatalog.defaultFolders(environment));
            // Only kevin16, in the FreeTTS jar itself, is a sure and cheap guess; every shipped preset speaks with it.
            if (spec.isEmpty() || !spec.get().freettsVoice().equals(VoiceCatalog.DEFAULT_VOICE)) {
                return Optional.empty();
            }
            return Optional.of(FreeTtsSynthesizer.load(spec.get().freettsVoice(), spec.get().name()));
        });
    }

    /** Runs {@code load} on its own daemon thread; for tests, which count the loads. */
    static EarlyVoice start(Supplier<Optional<FreeTtsSynthesizer.Loaded>> load) {
        return new EarlyVoice(Background.start("hark-early-voice", load));
    }

    /** The settings file's voice, read without a word: the command's own reading reports any problem in it. */
    private static String configuredVoice(Environment environment) {
        UserSettings settings = UserSettings.load(environment, new PrintWriter(Writer.nullWriter()));
        return settings.get("voice").orElse(VoiceCatalog.DEFAULT_VOICE);
    }

    /**
     * The early voice if it is {@code freettsVoice}, waiting for it to finish loading; empty if nothing was started,
     * it is another voice (then it is freed), its load failed (the caller's own load reports why), or it was
     * taken before.
     */
    Optional<FreeTtsSynthesizer.Loaded> take(String freettsVoice) {
        if (loading == null) {
            return Optional.empty();
        }
        Optional<FreeTtsSynthesizer.Loaded> loaded;
        synchronized (loading) {
            if (loading.taken()) {
                return Optional.empty();
            }
            try {
                loaded = loading.take();
            } catch (RuntimeException | Error e) {
                return Optional.empty();
            }
        }
        if (loaded.isPresent() && !loaded.get().freettsVoice().equals(freettsVoice)) {
            loaded.get().close();
            return Optional.empty();
        }
        return loaded;
    }

    /** Frees the early voice if nobody took it. */
    void discard() {
        if (loading != null) {
            loading.discard(loaded -> loaded.ifPresent(FreeTtsSynthesizer.Loaded::close));
        }
    }
}
