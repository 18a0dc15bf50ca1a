package hark.audio;

import static java.nio.charset.StandardCharsets.US_ASCII;

import hark.pcm.PcmBytes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes mono 16-bit PCM as a WAV stream, block by block, so that a render never holds the whole article in
 * memory. The header goes first with the lengths unknown (0xFFFFFFFF, as sox and ffmpeg write to a pipe); a file
 * can have them filled in afterwards with {@link #fillInLengths}. javax.sound's writer needs the whole clip, or
 * its length, before the first byte, which is why this is written by hand. Not thread-safe.
 */
public final class WavStream {
    static final int HEADER_BYTES = 44;
    private static final int UNKNOWN = 0xFFFFFFFF;

    private final OutputStream out;
    private final int sampleRate;
    private final byte[] buffer = new byte[8192];
    private long samples;
    private boolean started;

    public WavStream(OutputStream out, int sampleRate) {
        this.out = out;
        this.sampleRate = sampleRate;
    }

    public void write(short[] pcm, int offset, int length) throws IOException {
        header();
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int n = Math.min(buffer.length / 2, end - at);
            PcmBytes.toLittleEndian(pcm, at, n, buffer);
            out.write(buffer, 0, 2 * n);
            at += n;
        }
        samples += length;
    }

    public void silence(int length) throws IOException {
        short[] zeros = new short[Math.min(length, 4096)];
        for (int left = length; left > 0; left -= zeros.length) {
            write(zeros, 0, Math.min(left, zeros.length));
        }
    }

    /** Writes the header if nothing was written yet, and flushes. */
    public void finish() throws IOException {
        header();
        out.flush();
    }

    public long samples() {
        return samples;
    }

    public double seconds() {
        return samples / (double) sampleRate;
    }

    private void header() throws IOException {
        if (!started) {
            started = true;
            out.write(header(sampleRate, UNKNOWN, UNKNOWN).array());
        }
    }

    /**
     * Puts the real lengths into the header of a finished WAV file. Past 4 GB they stay unknown, as the format
     * cannot say them.
     */
    public static void fillInLengths(Path file, long samples) throws IOException {
        long dataBytes = samples * 2;
        if (dataBytes + HEADER_BYTES - 8 > 0xFFFFFFFFL) {
            return;
        }
        ByteBuffer fixed = header(0, (int) (dataBytes + HEADER_BYTES - 8), (int) dataBytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(fixed.slice(4, 4), 4);
            channel.write(fixed.slice(40, 4), 40);
        }
    }

    private static ByteBuffer header(int sampleRate, int riffBytes, int dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(US_ASCII)).putInt(riffBytes)
                .put("WAVE".getBytes(US_ASCII))
                .put("fmt ".getBytes(US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1) // PCM, mono
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(US_ASCII)).putInt(dataBytes);
        return b.flip();
    }
}
