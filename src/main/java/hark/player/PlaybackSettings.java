package hark.player;

import hark.voice.VoiceSpec;
import java.util.List;

/**
 * How the listener wants to hear the script.
 *
 * @param speed the starting speed, 0.5 to 3.0
 * @param voice the starting voice
 * @param voices every voice {@code v} cycles through, including {@code voice}
 * @param plain line-by-line output for screen readers: no cursor movement, no redraws, no colour
 */
public record PlaybackSettings(double speed, VoiceSpec voice, List<VoiceSpec> voices, boolean plain) {
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 3.0;

    public PlaybackSettings {
        voices = List.copyOf(voices);
    }
}
