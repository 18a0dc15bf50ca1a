package hark.cli;

import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Loads the starting voice on its own thread while the article is read, cleaned and normalized, so that the slow
 * loads of start-up overlap instead of queuing; the load may have begun before the command line was parsed
 * ({@link EarlyVoice}). The lexicon is loaded once for both the voice and the normalizer
 * ({@link hark.voice.FreeTtsLexicon}), so the two threads never load FreeTTS data at the same time. The player's
 * first request for that voice takes the loaded synthesizer; every other request makes a new one. A FreeTTS voice
 * is not thread-safe, but it is only handed over, never shared: the hand-over (a join) orders the two threads.
 */
final class WarmVoice implements Function<VoiceSpec, Synthesizer> {
    private final VoiceSpec voice;
    private final Background<Synthesizer> loading;
    private final List<Path> voiceFolders;

    /**
     * Takes the voice {@code early} began loading before the command line was parsed, when it is this one.
     *
     * @param voiceFolders the catalog's folders, where a voice jar the user switches to lies
     */
    WarmVoice(VoiceSpec voice, EarlyVoice early, List<Path> voiceFolders) {
        this.voice = voice;
        this.voiceFolders = List.copyOf(voiceFolders);
        this.loading = Background.start("hark-load-voice", () -> early.take(voice.freettsVoice())
                .<Synthesizer>map(loaded -> new FreeTtsSynthesizer(voice, loaded))
                .orElseGet(() -> new FreeTtsSynthesizer(voice, this.voiceFolders)));
    }

    @Override
    public Synthesizer apply(VoiceSpec wanted) {
        synchronized (loading) {
            if (wanted.equals(voice) && !loading.taken()) {
                return loading.take();
            }
        }
        return new FreeTtsSynthesizer(wanted, voiceFolders);
    }

    /** Closes the loaded voice if nobody took it (the article could not be read, say). */
    void discard() {
        loading.discard(Synthesizer::close);
    }
}
