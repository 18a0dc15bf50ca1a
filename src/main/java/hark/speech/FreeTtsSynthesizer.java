package hark.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import hark.HarkException;
import hark.audio.Pcm;
import hark.voice.VoiceSpec;

/** Speaks with a FreeTTS voice into memory. Not thread-safe: FreeTTS voices are not. */
public final class FreeTtsSynthesizer implements Synthesizer {
    private static final String VOICE_DIRECTORIES = "freetts.voices";
    private static final String KEVIN = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private final Voice voice;
    private final CapturingAudioPlayer capture = new CapturingAudioPlayer();
    private final VoiceSpec spec;

    public FreeTtsSynthesizer(VoiceSpec spec) {
        this.spec = spec;
        // FreeTTS finds only voices that are listed; the kevin voices live inside its own jar.
        if (System.getProperty(VOICE_DIRECTORIES) == null) {
            System.setProperty(VOICE_DIRECTORIES, KEVIN);
        }
        Voice found = VoiceManager.getInstance().getVoice(spec.freettsVoice());
        if (found == null) {
            throw new HarkException(HarkException.USAGE, "voice " + spec.name() + ": FreeTTS has no voice named "
                    + spec.freettsVoice() + "; run `hark voices` to see the voices you have");
        }
        voice = found;
        voice.allocate();
        voice.setAudioPlayer(capture);
        voice.setPitch((float) spec.pitch());
        voice.setPitchRange((float) spec.pitchRange());
    }

    @Override
    public Pcm synthesize(String spoken, double rate) {
        voice.setRate((float) (spec.wordsPerMinute() * rate));
        voice.speak(spoken);
        return new Pcm(capture.sampleRate(), capture.takeSamples());
    }

    @Override
    public void close() {
        voice.deallocate();
    }
}
