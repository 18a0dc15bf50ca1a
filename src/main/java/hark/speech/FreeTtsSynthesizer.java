package hark.speech;

import com.sun.speech.freetts.Voice;
import hark.HarkException;
import hark.pcm.Pcm;
import hark.voice.FreeTtsLexicon;
import hark.voice.FreeTtsVoices;
import hark.voice.VoiceSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Speaks with a FreeTTS voice into memory. Very long text is spoken in clause-sized pieces
 * ({@link ClauseChunker}) joined back together, and text FreeTTS cannot speak gives empty audio rather than an
 * exception, so one odd sentence never stops an article. What FreeTTS prints goes to {@link FreeTtsMessages},
 * never to the terminal. Not thread-safe: FreeTTS voices are not.
 */
public final class FreeTtsSynthesizer implements Synthesizer {
    /** About 50 words or 15 seconds: long enough for natural phrasing, short enough for quick first audio. */
    static final int MAX_CHUNK_CHARS = 300;
    /** Every voice's audio comes out at this rate, the rate the player opens the sound device at. */
    public static final int OUTPUT_RATE = 16000;

    private final Voice voice;
    private final CapturingAudioPlayer capture = new CapturingAudioPlayer();
    private final VoiceSpec spec;

    public FreeTtsSynthesizer(VoiceSpec spec) {
        this.spec = spec;
        // The lexicon first, through the one shared load: the voice's own load then finds it in FreeTTS's cache,
        // and never runs at the same time as the normalizer's (FreeTTS's cache is not thread-safe).
        FreeTtsLexicon.get();
        // kevin16 from the FreeTTS jar, voice jars from the voices folders, MBROLA when installed.
        Voice found = FreeTtsMessages.capture(() -> FreeTtsVoices.voice(spec.freettsVoice()));
        if (found == null) {
            throw new HarkException(HarkException.USAGE, "voice " + spec.name() + ": FreeTTS has no voice named "
                    + spec.freettsVoice() + "; run `hark voices` to see the voices you have");
        }
        voice = found;
        try {
            // allocate() starts the voice's output thread, which inherits the capture for its whole life.
            FreeTtsMessages.capture(() -> {
                voice.allocate();
                voice.setAudioPlayer(capture);
                voice.setPitch((float) spec.pitch());
                voice.setPitchRange((float) spec.pitchRange());
            });
        } catch (Error e) {
            // FreeTTS reports data it cannot read (a damaged jar, a bad addenda file) as a plain Error.
            if (e.getClass() != Error.class) {
                throw e;
            }
            throw new HarkException(HarkException.AUDIO, "voice " + spec.name() + ": FreeTTS could not load "
                    + spec.freettsVoice() + " (" + (e.getCause() == null ? e.getMessage() : e.getCause()) + "); "
                    + "try another voice with --voice, or run with --debug and report it", e);
        }
    }

    @Override
    public Pcm synthesize(String spoken, double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
        voice.setRate((float) (spec.wordsPerMinute() * rate));
        List<short[]> parts = new ArrayList<>();
        int total = 0;
        for (String chunk : ClauseChunker.chunks(spoken, MAX_CHUNK_CHARS)) {
            short[] part = speak(chunk);
            parts.add(part);
            total += part.length;
        }
        short[] all = new short[total];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return new Pcm(capture.sampleRate(), all).atRate(OUTPUT_RATE);
    }

    /** One piece, or nothing if FreeTTS fails on it (it has thrown on odd input such as lone symbols). */
    private short[] speak(String chunk) {
        try {
            FreeTtsMessages.capture(() -> voice.speak(chunk));
            return capture.takeSamples();
        } catch (RuntimeException e) {
            capture.takeSamples(); // drop any partial audio
            return new short[0];
        }
    }

    @Override
    public void close() {
        FreeTtsMessages.capture(voice::deallocate);
    }
}
