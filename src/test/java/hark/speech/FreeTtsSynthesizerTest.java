package hark.speech;

import static org.assertj.core.api.Assertions.assertThat;

import hark.audio.Pcm;
import hark.voice.VoiceSpec;
import org.junit.jupiter.api.Test;

class FreeTtsSynthesizerTest {
    @Test
    void speaksKevinIntoMemoryAndFasterRateGivesShorterAudio() {
        try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
            Pcm normal = synth.synthesize("The quick brown fox jumps over the lazy dog.", 1.0);
            Pcm fast = synth.synthesize("The quick brown fox jumps over the lazy dog.", 2.0);
            assertThat(normal.sampleRate()).isEqualTo(16000);
            assertThat(normal.seconds()).isBetween(1.5, 5.0);
            assertThat(fast.seconds()).isLessThan(normal.seconds() * 0.7);
            int peak = 0;
            for (short s : normal.samples()) {
                peak = Math.max(peak, Math.abs(s));
            }
            assertThat(peak).as("audible signal").isGreaterThan(1000);
        }
    }
}
