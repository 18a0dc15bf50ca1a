package hark.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import hark.pcm.PcmBytes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS {@link AudioPlayer} that keeps the audio in memory instead of playing it, so that hark can stretch,
 * pause and skip it itself. Not thread-safe: one synthesis at a time.
 */
final class CapturingAudioPlayer implements AudioPlayer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);
    private float volume = 1.0f;

    /** Returns what was captured since the last call, as samples, and starts afresh. */
    short[] takeSamples() {
        byte[] raw = bytes.toByteArray();
        bytes.reset();
        return PcmBytes.toSamples(raw, raw.length, format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    int sampleRate() {
        return (int) format.getSampleRate();
    }

    @Override public void setAudioFormat(AudioFormat format) { this.format = format; }
    @Override public AudioFormat getAudioFormat() { return format; }
    @Override public void pause() {}
    @Override public void resume() {}
    @Override public void reset() {}
    @Override public boolean drain() { return true; }
    @Override public void begin(int size) {}
    @Override public boolean end() { return true; }
    @Override public void cancel() {}
    @Override public void close() {}
    @Override public float getVolume() { return volume; }
    @Override public void setVolume(float volume) { this.volume = volume; }
    @Override public long getTime() { return 0; }
    @Override public void resetTime() {}
    @Override public void startFirstSampleTimer() {}
    @Override public boolean write(byte[] audio) { return write(audio, 0, audio.length); }

    @Override
    public boolean write(byte[] audio, int offset, int length) {
        bytes.write(audio, offset, length);
        return true;
    }

    @Override public void showMetrics() {}
}
