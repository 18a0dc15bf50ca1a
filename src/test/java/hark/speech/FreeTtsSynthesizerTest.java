package hark.speech;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.pcm.Pcm;
import hark.voice.VoiceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Slow
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

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "...", "\u0000\u0007", "\uD83D\uDE00", "\u2014", "$$$ %%% ###", "\uFFFF"})
    void oddOrEmptyTextGivesAudioOrSilenceButNeverAnException(String odd) {
        try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
            Pcm pcm = synth.synthesize(odd, 1.0);
            assertThat(pcm.sampleRate()).isEqualTo(16000);
            assertThat(pcm.seconds()).isLessThan(5.0);
        }
    }

    @Test
    void veryLongTextIsSpokenInPiecesJoinedBackTogether() {
        String clause = "the committee met again on Thursday to discuss the budget, ";
        String text = clause.repeat(40).strip() + ".";
        try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
            Pcm one = synth.synthesize(clause, 1.0);
            Pcm all = synth.synthesize(text, 1.0);
            assertThat(text.length()).isGreaterThan(FreeTtsSynthesizer.MAX_CHUNK_CHARS * 5);
            // All forty clauses are spoken: no piece is lost, none repeated.
            assertThat(all.seconds()).isBetween(one.seconds() * 40 * 0.7, one.seconds() * 40 * 1.3);
        }
    }
}
