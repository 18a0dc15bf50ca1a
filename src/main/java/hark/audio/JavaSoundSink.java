package hark.audio;

import hark.HarkException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Plays audio through the default javax.sound line (ALSA on Linux). */
public final class JavaSoundSink implements AudioSink {
    private final SourceDataLine line;
    private final boolean bigEndian = false;

    public JavaSoundSink(int sampleRate) {
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, bigEndian);
        try {
            line = AudioSystem.getSourceDataLine(format);
            // A small buffer keeps pause and skip quick: about 100 ms.
            line.open(format, sampleRate / 10 * 2);
            line.start();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new HarkException(HarkException.AUDIO,
                    "no sound device could be opened (" + e.getMessage() + "); render to a file with -o out.wav");
        }
    }

    @Override
    public void write(short[] samples, int offset, int length) {
        byte[] bytes = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            short s = samples[offset + i];
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
        line.start();
        line.write(bytes, 0, bytes.length);
    }

    @Override
    public void halt() {
        line.stop();
        line.flush();
    }

    @Override
    public void drain() {
        line.drain();
    }

    @Override
    public long framesPlayed() {
        return line.getLongFramePosition();
    }

    @Override
    public void close() {
        line.close();
    }
}
