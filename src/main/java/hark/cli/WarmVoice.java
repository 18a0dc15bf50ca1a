package hark.cli;

import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Loads the starting voice on its own thread while the article is fetched, cleaned and normalized, so that the
 * two slow loads of start-up (FreeTTS's voice and the lexicon the normalizer reads) overlap. The player's first
 * request for that voice takes the loaded synthesizer; every other request makes a new one. Start-up, not
 * synthesis, is what the listener waits for.
 */
final class WarmVoice implements Function<VoiceSpec, Synthesizer> {
    private final VoiceSpec voice;
    private CompletableFuture<Synthesizer> loading;

    WarmVoice(VoiceSpec voice) {
        this.voice = voice;
        this.loading = CompletableFuture.supplyAsync(() -> new FreeTtsSynthesizer(voice));
    }

    @Override
    public synchronized Synthesizer apply(VoiceSpec wanted) {
        if (loading != null && wanted.equals(voice)) {
            CompletableFuture<Synthesizer> ready = loading;
            loading = null;
            try {
                return ready.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return new FreeTtsSynthesizer(wanted);
    }

    /** Closes the loaded voice if the player never took it (the article could not be read, say). */
    synchronized void discard() {
        if (loading != null) {
            loading.thenAccept(Synthesizer::close);
            loading = null;
        }
    }
}
