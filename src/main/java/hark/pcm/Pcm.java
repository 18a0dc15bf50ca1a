package hark.pcm;

import java.util.Objects;

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
}
