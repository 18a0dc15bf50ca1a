package hark.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hark.Slow;
import hark.pcm.Pcm;
import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TempoStretcherTest {
    private static final int RATE = 16000;
    private static Pcm speech;

    /** One sentence of kevin16, spoken on first use: only the speech tests (tagged slow) load the voice. */
    private static Pcm speech() {
        if (speech == null) {
            try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
                speech = synth.synthesize("Officials in Seoul said on Friday that the military agreement with "
                        + "Tokyo would stay in force while the two governments kept talking about trade.", 1.0);
            }
        }
        return speech;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.7, 1.3, 2.0, 2.5, 3.0})
    void aVoicedToneKeepsItsPitchWhileItsLengthScalesAsOneOverSpeed(double speed) {
        Pcm tone = Signals.harmonic(RATE, 118, 3.0);
        Pcm out = TempoStretcher.stretch(tone, speed);
        assertThat(out.seconds()).isCloseTo(3.0 / speed, within(0.03 * 3.0 / speed));
        assertThat(PitchEstimate.medianF0(out)).isCloseTo(118, within(118 * 0.03));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 2.0, 3.0})
    @Slow // speaks with the FreeTTS voice
    void speechKeepsItsPitchAndScalesItsLength(double speed) {
        Pcm speech = speech();
        Pcm out = TempoStretcher.stretch(speech, speed);
        assertThat(out.seconds()).isCloseTo(speech.seconds() / speed, within(0.03 * speech.seconds() / speed));
        double f0 = PitchEstimate.medianF0(speech);
        assertThat(f0).isBetween(70.0, 160.0);
        assertThat(PitchEstimate.medianF0(out)).isCloseTo(f0, within(f0 * 0.1));
    }

    @Test
    void noiseIsStretchedWithoutLosingOrGainingLoudness() {
        Pcm noise = Signals.noise(RATE, 2.0, 7);
        for (double speed : new double[] {0.5, 3.0}) {
            Pcm out = TempoStretcher.stretch(noise, speed);
            assertThat(out.seconds()).isCloseTo(2.0 / speed, within(0.03 * 2.0 / speed));
            assertThat(Signals.rms(out.samples())).isCloseTo(Signals.rms(noise.samples()),
                    within(0.3 * Signals.rms(noise.samples())));
        }
    }

    @Test
    void silenceStaysSilent() {
        Pcm out = TempoStretcher.stretch(new Pcm(RATE, new short[RATE]), 2.0);
        assertThat(out.samples()).hasSizeBetween(RATE / 2 - 800, RATE / 2 + 800); // within 50 ms
        assertThat(Signals.rms(out.samples())).isZero();
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void smallBlocksInAndOutGiveTheSameLengthAsOneCall() {
        TempoStretcher t = new TempoStretcher(RATE);
        t.setSpeed(2.0);
        short[] in = speech().samples();
        short[] block = new short[320];
        int out = 0;
        for (int at = 0; at < in.length; at += 320) {
            t.write(in, at, Math.min(320, in.length - at));
            for (int n; (n = t.read(block, 0, block.length)) > 0; ) {
                out += n;
            }
        }
        t.flush();
        for (int n; (n = t.read(block, 0, block.length)) > 0; ) {
            out += n;
        }
        assertThat(out).isCloseTo(TempoStretcher.stretch(speech(), 2.0).samples().length, within(RATE / 100));
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void aSpeedChangeMidSentenceAppliesToTheAudioStillToComeWithin30Ms() {
        TempoStretcher t = new TempoStretcher(RATE);
        short[] in = speech().samples();
        t.write(in, 0, in.length); // the whole sentence is queued before the change
        t.flush();
        short[] block = new short[RATE / 50];
        int before = 0;
        while (before < RATE) { // one second at 1x
            before += t.read(block, 0, block.length);
        }
        t.setSpeed(3.0);
        int after = 0;
        for (int n; (n = t.read(block, 0, block.length)) > 0; ) {
            after += n;
        }
        double expected = (in.length - before) / 3.0;
        // Only what was already processed at 1x (at most one read block plus a 30 ms window) is not sped up.
        assertThat((double) after).isCloseTo(expected, within(RATE * 0.05));
    }

    @Test
    void writesAfterAFlushFollowTheFlushedAudio() {
        TempoStretcher t = new TempoStretcher(RATE);
        t.setSpeed(1.5);
        short[] tone = Signals.harmonic(RATE, 120, 1.0).samples();
        t.write(tone, 0, tone.length);
        t.flush();
        t.write(tone, 0, tone.length);
        t.flush();
        short[] all = new short[RATE * 3];
        int n = 0;
        for (int got; (got = t.read(all, n, all.length - n)) > 0; ) {
            n += got;
        }
        assertThat(n).isCloseTo((int) (2 * RATE / 1.5), within(RATE / 50));
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void clearDropsEverythingHeld() {
        TempoStretcher t = new TempoStretcher(RATE);
        t.setSpeed(2.0);
        short[] in = speech().samples();
        t.write(in, 0, in.length);
        t.clear();
        t.flush();
        assertThat(t.read(new short[100], 0, 100)).isZero();
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void speedOneIsPassThrough() {
        TempoStretcher t = new TempoStretcher(RATE);
        short[] in = speech().samples();
        t.write(in, 0, in.length);
        t.flush();
        short[] out = new short[in.length + 100];
        int n = 0;
        for (int got; (got = t.read(out, n, out.length - n)) > 0; ) {
            n += got;
        }
        assertThat(Arrays.copyOf(out, n)).isEqualTo(in);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.5, 2.5, 3.0})
    void aGlidingVoiceIsJoinedInPhaseSoItsLoudnessNeverDips(double speed) {
        // Pitch glides 100 -> 140 Hz: dropping several periods at a joint needs the lag aligned, or the fade
        // mixes opposite phases and the level sags at each joint.
        short[] glide = new short[2 * RATE];
        double phase = 0;
        for (int i = 0; i < glide.length; i++) {
            phase += 2 * Math.PI * (100 + 40.0 * i / glide.length) / RATE;
            glide[i] = (short) (6000 * (Math.sin(phase) + Math.sin(2 * phase + 1) / 2 + Math.sin(3 * phase + 2) / 3));
        }
        short[] out = TempoStretcher.stretch(new Pcm(RATE, glide), speed).samples();
        double level = Signals.rms(glide);
        int frame = RATE / 50;
        for (int at = frame; at + 2 * frame < out.length; at += frame) {
            assertThat(Signals.rms(Arrays.copyOfRange(out, at, at + frame))).as("20 ms frame at %d", at)
                    .isGreaterThan(0.85 * level);
        }
    }
}
