import hark.pcm.Pcm;
import hark.audio.TempoStretcher;
import hark.audio.WavWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Stretches every mono 16-bit WAV in a folder with {@link TempoStretcher} at one speed, keeping the names: a
 * quick way to compare stretcher changes on the same 1x renders without synthesizing them again.
 *
 * <p>Run: {@code java -cp CLASSPATH bench/audio/StretchWavs.java IN_DIR OUT_DIR SPEED}
 */
public final class StretchWavs {
    public static void main(String[] args) throws IOException, UnsupportedAudioFileException {
        Path in = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        double speed = Double.parseDouble(args[2]);
        List<Path> wavs;
        try (var files = Files.list(in)) {
            wavs = files.filter(p -> p.toString().endsWith(".wav") && !p.toString().endsWith(".1x.wav")).sorted()
                    .toList();
        }
        for (Path wav : wavs) {
            WavWriter.write(TempoStretcher.stretch(read(wav), speed), out.resolve(wav.getFileName()));
        }
    }

    private static Pcm read(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
            byte[] bytes = audio.readAllBytes();
            short[] samples = new short[bytes.length / 2];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
            return new Pcm((int) audio.getFormat().getSampleRate(), samples);
        }
    }
}
