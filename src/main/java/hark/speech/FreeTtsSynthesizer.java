package hark.speech;

import com.sun.speech.freetts.Voice;
import hark.HarkException;
import hark.pcm.Pcm;
import hark.voice.FreeTtsLexicon;
import hark.voice.FreeTtsVoices;
import hark.voice.VoiceSpec;
import java.nio.file.Path;
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
    private final CapturingAudioPlayer capture;
    private final VoiceSpec spec;

    /** With one of FreeTTS's own voices (kevin16 is in its jar). */
    public FreeTtsSynthesizer(VoiceSpec spec) {
        this(spec, List.of());
    }

    /**
     * @param voiceFolders the folders of the catalog {@code spec} came from, where a voice jar it names may lie
     */
    public FreeTtsSynthesizer(VoiceSpec spec, List<Path> voiceFolders) {
        this(spec, load(spec.freettsVoice(), spec.name(), voiceFolders));
    }

    /**
     * Speaks with a voice {@link #load} has already loaded, at {@code spec}'s pitch and rate; the synthesizer owns
     * it from now on.
     *
     * @throws IllegalArgumentException if {@code loaded} is another FreeTTS voice than {@code spec} names
     */
    public FreeTtsSynthesizer(VoiceSpec spec, Loaded loaded) {
        if (!loaded.freettsVoice().equals(spec.freettsVoice())) {
            throw new IllegalArgumentException("loaded " + loaded.freettsVoice() + ", not " + spec.freettsVoice());
        }
        this.spec = spec;
        this.voice = loaded.voice;
        this.capture = loaded.capture;
        FreeTtsMessages.capture(() -> {
            voice.setPitch((float) spec.pitch());
            voice.setPitchRange((float) spec.pitchRange());
        });
    }

    /**
     * One FreeTTS voice, loaded and allocated but not yet set to a preset's pitch: what start-up can load before it
     * knows the preset, since every preset of the same FreeTTS voice loads the same data. Handed to one
     * {@link FreeTtsSynthesizer}, or {@link #close closed}.
     */
    public static final class Loaded implements AutoCloseable {
        private final String freettsVoice;
        private final Voice voice;
        private final CapturingAudioPlayer capture;

        private Loaded(String freettsVoice, Voice voice, CapturingAudioPlayer capture) {
            this.freettsVoice = freettsVoice;
            this.voice = voice;
            this.capture = capture;
        }

        public String freettsVoice() {
            return freettsVoice;
        }

        /** Frees the voice when no synthesizer took it. */
        @Override
        public void close() {
            FreeTtsMessages.capture(voice::deallocate);
        }
    }

    /**
     * Loads and allocates a FreeTTS voice: the slow part of making a synthesizer (most of a second for kevin16).
     *
     * @param shown the preset's name, for the messages
     * @throws HarkException when FreeTTS has no such voice or cannot load it
     */
    public static Loaded load(String freettsVoice, String shown) {
        return load(freettsVoice, shown, List.of());
    }

    /** As {@link #load(String, String)}, looking for voice jars in {@code voiceFolders} too. */
    public static Loaded load(String freettsVoice, String shown, List<Path> voiceFolders) {
        // The lexicon first, through the one shared load: the voice's own load then finds it in FreeTTS's cache,
        // and never runs at the same time as the normalizer's (FreeTTS's cache is not thread-safe).
        FreeTtsLexicon.get();
        return FreeTtsVoices.loading(() -> allocate(freettsVoice, shown, voiceFolders));
    }

    private static Loaded allocate(String freettsVoice, String shown, List<Path> voiceFolders) {
        // kevin16 from the FreeTTS jar, voice jars from the voices folders, MBROLA when installed.
        Voice found = FreeTtsMessages.capture(() -> FreeTtsVoices.voice(freettsVoice, voiceFolders));
        if (found == null) {
            throw new HarkException(HarkException.USAGE, "voice " + shown + ": FreeTTS has no voice named "
                    + freettsVoice + "; run `hark voices` to see the voices you have");
        }
        CapturingAudioPlayer capture = new CapturingAudioPlayer();
        try {
            // allocate() starts the voice's output thread, which inherits the capture for its whole life.
            FreeTtsMessages.capture(() -> {
                found.allocate();
                found.setAudioPlayer(capture);
            });
        } catch (Error e) {
            // FreeTTS reports data it cannot read (a damaged jar, a bad addenda file) as a plain Error.
            if (e.getClass() != Error.class) {
                throw e;
            }
            throw new HarkException(HarkException.AUDIO, "voice " + shown + ": FreeTTS could not load "
                    + freettsVoice + " (" + (e.getCause() == null ? e.getMessage() : e.getCause()) + "); "
                    + "try another voice with --voice, or run with --debug and report it", e);
        }
        return new Loaded(freettsVoice, found, capture);
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
