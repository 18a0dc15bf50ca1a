package hark.pcm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Mono signed 16-bit audio: the data that flows from speech to the player and the WAV writer. */
public record Pcm(int sampleRate, short[] samples) {
    public Pcm {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive: " + sampleRate);
        }
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    /**
     * This audio at another sample rate, so that a voice of another rate (FreeTTS's 8 kHz "kevin", a 22 kHz voice
     * jar) comes out at the one rate hark plays and writes, not at another speed and pitch. Java Sound converts
     * it, asked for its band-limited (sinc) interpolation: linear interpolation, its default and what hark did by
     * hand before, leaves an image of each tone (3 kHz from 8 kHz audio gives 5 kHz only 7 dB down) that sounds
     * metallic. A Java without that option converts linearly. The same rate gives this audio back.
     */
    public Pcm atRate(int rate) {
        if (rate == sampleRate) {
            return this;
        }
        if (samples.length == 0) {
            return new Pcm(rate, new short[0]);
        }
        AudioFormat from = new AudioFormat(sampleRate, 16, 1, true, false);
        AudioFormat to = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, 1, 2, rate, false,
                Map.of("interpolation", "sinc"));
        try (AudioInputStream converted = AudioSystem.getAudioInputStream(to,
                new AudioInputStream(new ByteArrayInputStream(PcmBytes.toLittleEndian(samples)), from, samples.length))) {
            byte[] bytes = converted.readAllBytes();
            short[] out = PcmBytes.toSamples(bytes, bytes.length, ByteOrder.LITTLE_ENDIAN);
            // The converter starts with its filter's lead-in (34 frames from 8 to 16 kHz), which delays the audio by
            // as much as it lengthens it: cut it off, so the audio starts when it did and lasts as long.
            int lead = Math.max(0, out.length - (int) Math.round((double) samples.length * rate / sampleRate));
            return new Pcm(rate, Arrays.copyOfRange(out, lead, out.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // audio in memory does not fail to read
        }
    }
}
