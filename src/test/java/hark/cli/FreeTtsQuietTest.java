package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.audio.AlsaFileDevice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole program in a child JVM, as issue 10 found it: kevin16 has no w-y diphone, and FreeTTS's
 * "Can't find diphone w-y" must reach neither stdout nor stderr, whether hark renders or plays.
 */
@Slow
class FreeTtsQuietTest {
    private AlsaFileDevice device;
    private Path article;

    @BeforeEach
    void setUp() throws IOException {
        device = AlsaFileDevice.create();
        article = Files.writeString(device.home().resolve("w.txt"), "WeWork declined to comment.\n");
    }

    @AfterEach
    void tearDown() throws IOException {
        device.close();
    }

    private record Run(int code, String out, String err) {}

    private Run hark(String... args) throws Exception {
        Path out = device.home().resolve("stdout.txt");
        Path err = device.home().resolve("stderr.txt");
        ProcessBuilder builder = device.java(Main.class, args).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("XDG_STATE_HOME", device.home().resolve("state").toString());
        builder.environment().remove("TERM");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("hark finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void renderingPrintsNothingOfFreeTts() throws Exception {
        Run run = hark("-o", device.home().resolve("w.wav").toString(), article.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("diphone").isNotBlank();
    }

    @Test
    void plainListeningPrintsNothingOfFreeTts() throws Exception {
        Run run = hark("--plain", article.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out() + run.err()).contains("WeWork declined to comment.").doesNotContain("diphone");
    }

    @Test
    void underDebugTheMessagesAreLoggedAndHarkSaysWhere() throws Exception {
        Run run = hark("--debug", "-o", device.home().resolve("w.wav").toString(), article.toString());
        Path log = device.home().resolve("state/hark/freetts.log");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("diphone")
                .contains("hark: debug: FreeTTS's own messages (2 lines) are in " + log);
        assertThat(Files.readString(log)).contains("Can't find diphone w-y");
    }
}
