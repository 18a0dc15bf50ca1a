package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hark.Slow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `-o FILE.wav` renders through the whole pipeline, from the command line, with no sound device. */
@Slow
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

    @Test
    void dashWritesTheWavToStdoutAndTheMessageToStderr() {
        CliRunner cli = new CliRunner().stdin("A short note.\n\nIt has two paragraphs, and that is all.\n");
        assertThat(cli.run("-o", "-", "-")).isZero();
        byte[] wav = cli.stdoutBytes.toByteArray();
        assertThat(new String(wav, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(wav.length).isGreaterThan(44 + 16000 * 2); // more than a second of audio
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("Wrote stdout");
    }

    @Test
    void aNameThatIsNotWavIsRefusedInOneLineWithExitCode2() {
        Path mp3 = dir.resolve("out.mp3");
        CliRunner cli = new CliRunner();
        assertThat(cli.run("-o", mp3.toString(), "examples/welcome.html")).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString().contains("out.mp3").contains(".wav");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFolderAsTheTargetIsOneLineWithExitCode4() {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("-o", dir.toString(), "examples/welcome.html")).isEqualTo(4);
        assertThat(cli.err().lines()).singleElement().asString().contains("is a folder");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFullDiskIsOneLineWithExitCode4() {
        // JUnit's assumption, not AssertJ's: AssertJ builds a proxy class for it, seconds on first use
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full exists (Linux)");
        CliRunner cli = new CliRunner();
        assertThat(cli.run("-o", "/dev/full", "examples/welcome.html")).isEqualTo(4);
        assertThat(cli.err().lines()).singleElement().asString()
                .startsWith("hark: /dev/full: could not write the WAV file").contains("No space left");
    }

    @Test
    void anArticleThatCannotBeReadLeavesNoPartialFile() {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("-o", dir.resolve("out.wav").toString(), dir.resolve("missing.html").toString()))
                .isEqualTo(3);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void underDebugALexiconThatDidNotLoadIsShown() throws Exception {
        // FreeTTS fails its lexicon load when its user addenda cannot be read; only a fresh JVM can show that.
        String withDebug = runWithBrokenLexicon("--debug");
        assertThat(withDebug).contains("hark: debug: FreeTTS's CMU lexicon did not load");
        String without = runWithBrokenLexicon();
        assertThat(without).doesNotContain("lexicon did not load").contains("hark: voice kevin16: FreeTTS could not load");
    }

    private String runWithBrokenLexicon(String... flags) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcom.sun.speech.freetts.lexicon.userAddenda=file:" + dir.resolve("missing-addenda.txt"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(java.util.List.of(flags));
        command.addAll(java.util.List.of("-o", dir.resolve("out.wav").toString(), "-"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write("One short sentence to say.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(4);
        assertThat(dir.resolve("out.wav")).doesNotExist();
        return output;
    }
}
