package hark.audio;

import hark.pcm.Pcm;
import hark.pcm.PcmBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes mono 16-bit PCM as a WAV file through javax.sound, which knows the format. */
public final class WavWriter {
    private WavWriter() {}

    public static void write(Pcm pcm, Path file) throws IOException {
        byte[] bytes = PcmBytes.toLittleEndian(pcm.samples());
        AudioFormat format = new AudioFormat(pcm.sampleRate(), 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format, pcm.samples().length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
