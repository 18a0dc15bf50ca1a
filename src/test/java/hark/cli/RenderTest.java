package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `-o FILE.wav` renders through the whole pipeline, from the command line, with no sound device. */
class RenderTest {
    @TempDir
    Path dir;

    @Test
    void rendersTheExampleArticleToAWavFile() throws IOException, UnsupportedAudioFileException {
        Path wav = dir.resolve("welcome.wav");
        CliRunner cli = new CliRunner();
        assertThat(cli.run("-o", wav.toString(), "examples/welcome.html")).isZero();
        AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
        assertThat(format.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        double seconds = format.getFrameLength() / (double) format.getFormat().getFrameRate();
        // About 330 words at about 187 words a minute, plus pauses.
        assertThat(seconds).isBetween(60.0, 200.0);
        assertThat(cli.err()).contains("Wrote").doesNotContain("English");
    }

    @Test
    void nonEnglishTextIsStillReadWithAOneLineNotice() {
        Path wav = dir.resolve("de.wav");
        CliRunner cli = new CliRunner().stdin("Die Nachtzüge kehren zurück\n\n"
                + "Überall in Europa fahren wieder Schlafwagen, und die Reisenden sagen, dass der langsame Weg "
                + "genau das Ziel ist. Die Abteile sind klein, aber sehr durchdacht und bequem.\n");
        assertThat(cli.run("-o", wav.toString(), "-")).isZero();
        assertThat(cli.err().lines().filter(l -> l.contains("does not look like English"))).hasSize(1);
        assertThat(wav).isNotEmptyFile();
    }
}
