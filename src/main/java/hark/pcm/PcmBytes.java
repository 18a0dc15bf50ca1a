package hark.pcm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Mono 16-bit samples as bytes and back, in one place: WAV data and Java Sound lines take them little-endian,
 * FreeTTS gives them in its own format's order. Stateless.
 */
public final class PcmBytes {
    private PcmBytes() {}

    /** Puts {@code length} samples from {@code offset} at the start of {@code bytes}, little-endian. */
    public static void toLittleEndian(short[] samples, int offset, int length, byte[] bytes) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().put(samples, offset, length);
    }

    /** All the samples, little-endian. */
    public static byte[] toLittleEndian(short[] samples) {
        byte[] bytes = new byte[2 * samples.length];
        toLittleEndian(samples, 0, samples.length, bytes);
        return bytes;
    }

    /** The samples in the first {@code length} bytes; an odd last byte, half a sample, is left out. */
    public static short[] toSamples(byte[] bytes, int length, ByteOrder order) {
        short[] samples = new short[length / 2];
        ByteBuffer.wrap(bytes, 0, length).order(order).asShortBuffer().get(samples);
        return samples;
    }
}
