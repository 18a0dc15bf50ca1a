package hark.player;

import hark.audio.SpeedPlan;
import hark.pcm.Pcm;
import hark.voice.VoiceSpec;

/**
 * The one rule for how a sentence is paced, shared by the {@link PlaybackEngine} and the {@link WavRenderer} so
 * that a file sounds as listening does: the synthesizer speaks at the rate {@link SpeedPlan} chooses, the
 * stretcher supplies the rest of the speed, and a sentence that said something is followed by the voice's
 * sentence gap, or its paragraph gap at a paragraph's end, shrunk as 1/speed. Stateless.
 */
final class Pacing {
    private Pacing() {}

    /** The rate to ask the synthesizer for at a listening speed. */
    static double synthRate(double speed) {
        return SpeedPlan.forSpeed(speed).synthRate();
    }

    /** The tempo factor that brings audio synthesized at {@code synthRate} to the listening speed. */
    static double stretch(double speed, double synthRate) {
        return SpeedPlan.stretchFor(speed, synthRate);
    }

    /**
     * The silence after a sentence, in frames at the audio's own rate: none when it said nothing (a footnote mark,
     * a sentence the synthesizer could not speak), so that nothing is heard there at all.
     */
    static int gapFrames(VoiceSpec voice, boolean paragraphEnd, Pcm said, double speed) {
        if (said.samples().length == 0) {
            return 0;
        }
        int ms = paragraphEnd ? voice.paragraphGapMs() : voice.sentenceGapMs();
        return (int) Math.round(said.sampleRate() * Math.max(0, ms) / 1000.0 / speed);
    }
}
