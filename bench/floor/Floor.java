import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;

/**
 * The floor for hark's first audio: load FreeTTS's kevin16 and speak one sentence through FreeTTS's own
 * streaming player (Java Sound), nothing else. bench/first-audio runs it with the launcher's JVM flags.
 */
public final class Floor {
    public static void main(String[] args) {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
        Voice voice = VoiceManager.getInstance().getVoice("kevin16");
        voice.allocate();
        voice.speak(args.length > 0 ? String.join(" ", args) : "Welcome to hark, which reads articles aloud.");
        voice.deallocate();
        System.exit(0);
    }
}
