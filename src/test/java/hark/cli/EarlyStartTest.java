package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.pcm.Pcm;
import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice and the article begun before the command line is parsed (issue 12): the voice is loaded once and
 * handed over once, and a run that uses them gives exactly what a run without them gives.
 */
@Slow
class EarlyStartTest {
    @TempDir
    Path dir;

    @Test
    void theEarlyVoiceIsLoadedOnceAndHandedToTheFirstSynthesizerOfThatVoiceOnly() {
        AtomicInteger loads = new AtomicInteger();
        EarlyVoice early = EarlyVoice.start(() -> {
            loads.incrementAndGet();
            return Optional.of(FreeTtsSynthesizer.load("kevin16", "kevin16"));
        });
        VoiceSpec low = new VoiceSpec("low", "", "kevin16", 80, 6, 187, 250, 600);
        WarmVoice voices = new WarmVoice(low, early, List.of());
        try (Synthesizer synth = voices.apply(low)) {
            Pcm pcm = synth.synthesize("the early voice speaks.", 1.0);
            assertThat(pcm.seconds()).isGreaterThan(0.5);
        } finally {
            voices.discard();
        }
        assertThat(loads).hasValue(1);
        assertThat(early.take("kevin16")).as("handed out once").isEmpty();
    }

    @Test
    void anEarlyVoiceOfAnotherFreeTtsVoiceIsNotTaken() {
        EarlyVoice early = EarlyVoice.start(() -> Optional.of(FreeTtsSynthesizer.load("kevin16", "kevin16")));
        assertThat(early.take("mbrola_us1")).isEmpty();
        assertThat(early.take("kevin16")).isEmpty();
    }

    @Test
    void aRenderThatStartedEarlyIsTheSameAsOneThatDidNot() throws IOException {
        Path plain = dir.resolve("plain.wav");
        Path early = dir.resolve("early.wav");
        CliRunner without = new CliRunner();
        assertThat(without.run("-o", plain.toString(), "examples/welcome.html")).isZero();
        CliRunner with = new CliRunner();
        assertThat(with.runAsMain("-o", early.toString(), "examples/welcome.html")).isZero();
        assertThat(Files.readAllBytes(early)).isEqualTo(Files.readAllBytes(plain));
        assertThat(with.err()).isEqualTo(without.err().replace(plain.toString(), early.toString()));
    }
}
