package hark.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hark.HarkException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavTargetTest {
    @TempDir
    Path dir;

    private static final short[] TONE = Signals.harmonic(16000, 120, 0.25).samples();

    @Test
    void theFileAppearsUnderItsNameOnlyWhenCommittedWithItsLengthsFilledIn()
            throws IOException, UnsupportedAudioFileException {
        Path out = dir.resolve("out.wav");
        try (WavTarget target = WavTarget.open(out.toString(), OutputStream.nullOutputStream())) {
            WavStream wav = new WavStream(target.stream(), 16000);
            wav.write(TONE, 0, TONE.length);
            wav.silence(1000);
            target.stream().flush();
            assertThat(out).doesNotExist();
            assertThat(files()).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                    .startsWith(".out.wav.").endsWith(".part"));
            target.commit(wav);
        }
        assertThat(files()).containsExactly(out);
        AudioFileFormat format = AudioSystem.getAudioFileFormat(out.toFile());
        assertThat(format.getFrameLength()).isEqualTo(TONE.length + 1000);
        assertThat(format.getFormat().getSampleRate()).isEqualTo(16000f);
        assertThat(Files.size(out)).isEqualTo(44 + 2L * (TONE.length + 1000));
    }

    @Test
    void aRenderThatFailsLeavesNoFileAndTheOldOneUntouched() throws IOException {
        Path out = dir.resolve("out.wav");
        Files.writeString(out, "the previous render");
        try (WavTarget target = WavTarget.open(out.toString(), OutputStream.nullOutputStream())) {
            new WavStream(target.stream(), 16000).write(TONE, 0, TONE.length);
            // no commit: the render failed
        }
        assertThat(files()).containsExactly(out);
        assertThat(out).hasContent("the previous render");
    }

    @Test
    void aNameThatIsNotWavIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> WavTarget.open(dir.resolve("out.mp3").toString(), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(HarkException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(HarkException.USAGE);
                    assertThat(e.getMessage()).contains("out.mp3").contains(".wav").doesNotContain("\n");
                });
        assertThat(files()).isEmpty();
    }

    @Test
    void aFolderIsRefusedWithAFileNameToUseInstead() {
        assertThatThrownBy(() -> WavTarget.open(dir.toString(), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(HarkException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(HarkException.AUDIO);
                    assertThat(e.getMessage()).contains("is a folder").contains(dir.resolve("article.wav").toString());
                });
    }

    @Test
    void aMissingFolderIsOneLine() {
        assertThatThrownBy(() -> WavTarget.open(dir.resolve("no/such/out.wav").toString(),
                OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(HarkException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(HarkException.AUDIO);
                    assertThat(e.getMessage()).contains("no such folder").doesNotContain("\n");
                });
    }

    @Test
    void aReadOnlyFolderIsOneLine() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // JUnit's assumptions, not AssertJ's: AssertJ builds a proxy class for them, seconds on first use
            assumeFalse(Files.isWritable(locked), "root writes into read-only folders; run as a user");
            assertThatThrownBy(() -> WavTarget.open(locked.resolve("out.wav").toString(),
                    OutputStream.nullOutputStream()))
                    .isInstanceOfSatisfying(HarkException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(HarkException.AUDIO);
                        assertThat(e.getMessage()).contains("permission denied");
                    });
            assertThat(locked).isEmptyDirectory();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDeviceIsWrittenInPlaceAndItsFailureIsOneLine() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "/dev/full exists (Linux)");
        WavTarget target = WavTarget.open(full.toString(), OutputStream.nullOutputStream());
        assertThatThrownBy(() -> {
            try (target) {
                WavStream wav = new WavStream(target.stream(), 16000);
                try {
                    wav.write(TONE, 0, TONE.length);
                } catch (IOException e) {
                    throw target.failed(e);
                }
                target.commit(wav);
            }
        }).isInstanceOfSatisfying(HarkException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(HarkException.AUDIO);
            assertThat(e.getMessage()).startsWith("/dev/full: could not write").contains("No space left");
        });
        assertThat(full).exists(); // still the device, not replaced by a file
        assertThat(Files.isRegularFile(full)).isFalse();
    }

    @Test
    void stdoutGetsTheWavWithItsLengthsUnknownAndStaysOpen() throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try (WavTarget target = WavTarget.open("-", stdout)) {
            WavStream wav = new WavStream(target.stream(), 16000);
            wav.write(TONE, 0, TONE.length);
            target.commit(wav);
            assertThat(target.shown()).isEqualTo("stdout");
        }
        byte[] bytes = stdout.toByteArray();
        assertThat(bytes).hasSize(44 + 2 * TONE.length);
        assertThat(new String(bytes, 0, 4, "US-ASCII")).isEqualTo("RIFF");
        assertThat(new String(bytes, 36, 4, "US-ASCII")).isEqualTo("data");
        // RIFF and data lengths unknown: 0xFFFFFFFF, as sox and ffmpeg write to a pipe.
        assertThat(new byte[] {bytes[4], bytes[5], bytes[6], bytes[7], bytes[40], bytes[41], bytes[42], bytes[43]})
                .containsOnly((byte) 0xFF);
        assertThat(files()).isEmpty();
    }

    private java.util.List<Path> files() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
