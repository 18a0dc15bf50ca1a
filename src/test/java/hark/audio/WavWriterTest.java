package hark.audio;

import static org.assertj.core.api.Assertions.assertThat;

import hark.pcm.Pcm;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
    @Test
    void writesMono16BitWavThatReadsBackSampleForSample(@TempDir Path dir) throws Exception {
        Pcm pcm = Signals.harmonic(16000, 150, 0.3);
        Path file = dir.resolve("out.wav");
        WavWriter.write(pcm, file);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat f = in.getFormat();
            assertThat(f.getSampleRate()).isEqualTo(16000f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            byte[] bytes = in.readAllBytes();
            short[] back = new short[bytes.length / 2];
            ByteBuffer.wrap(bytes).order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                    .asShortBuffer().get(back);
            assertThat(back).isEqualTo(pcm.samples());
        }
    }
}
