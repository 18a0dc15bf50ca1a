package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import hark.Slow;
import hark.audio.AudioSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoicesCommandTest {
    @TempDir
    Path config;
    @TempDir
    Path state;

    /** hark with this test's config and state folders. */
    private CliRunner cli() {
        return new CliRunner().folders(config, state);
    }

    @Test
    void everySubcommandTakesDebug() {
        for (String command : List.of("voices", "config")) {
            CliRunner cli = cli();
            assertThat(cli.run(command, "--debug")).as(command + " --debug").isZero();
            assertThat(cli.err()).doesNotContain("Unknown option");
        }
    }

    @Test
    void listsTheShippedPresetsWithTheDefaultMarked() {
        CliRunner cli = cli();

        assertThat(cli.run("voices")).isZero();
        assertThat(cli.out()).containsPattern("(?m)^kevin16\\s.*\\(default\\)$")
                .containsPattern("(?m)^bright\\s").containsPattern("(?m)^low\\s").containsPattern("(?m)^brisk\\s");
    }

    @Test
    void aUsersOwnVoiceFileIsListedAndReplacesAShippedOneOfTheSameName() throws IOException {
        Files.createDirectories(config.resolve("voices"));
        Files.writeString(config.resolve("voices/bright.voice"), "name = bright\ndescription = my own bright\n");
        Files.writeString(config.resolve("voices/calm.voice"), "description = slow and calm\nwords.per.minute = 150\n");
        CliRunner cli = cli();

        assertThat(cli.run("voices")).isZero();
        assertThat(cli.out()).containsPattern("(?m)^bright\\s+my own bright$")
                .containsPattern("(?m)^calm\\s+slow and calm$");
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void sayPlaysASampleThroughTheSoundDeviceInSmallBlocksAndDrains() {
        RecordingSink sink = new RecordingSink();
        CliRunner cli = cli().sinks(rate -> sink.open(rate));

        int code = cli.run("voices", "--say", "bright");

        assertThat(code).as(cli.err()).isZero();
        assertThat(sink.rate).isEqualTo(16000);
        assertThat(sink.samples.size() / 16000.0).as("seconds of sample").isBetween(2.0, 12.0);
        assertThat(sink.peak()).as("audible").isGreaterThan(1000);
        assertThat(sink.largestBlock).as("small blocks").isLessThanOrEqualTo(16000 / 10);
        assertThat(sink.drainedAfterLastWrite).isTrue();
        assertThat(sink.closed).isTrue();
        assertThat(cli.out()).startsWith("bright: ");
    }

    @Test
    @Slow // speaks with the FreeTTS voice
    void differentPresetsOnOneFreettsVoiceSoundDifferent() {
        RecordingSink low = new RecordingSink();
        RecordingSink bright = new RecordingSink();

        cli().sinks(low::open).run("voices", "--say", "low");
        cli().sinks(bright::open).run("voices", "--say", "bright");

        assertThat(low.samples).isNotEmpty();
        assertThat(bright.samples).isNotEmpty().isNotEqualTo(low.samples);
    }

    @Test
    void sayWithAnUnknownVoiceGivesOneLineAndTheUsageCode() {
        RecordingSink sink = new RecordingSink();
        CliRunner cli = cli().sinks(sink::open);

        int code = cli.run("voices", "--say", "nosuchvoice");

        assertThat(code).isEqualTo(HarkException.USAGE);
        assertThat(cli.err().strip()).contains("nosuchvoice").contains("hark voices").doesNotContain("\n");
        assertThat(sink.rate).as("no device opened").isZero();
    }

    @Test
    @Slow // speaks with the FreeTTS voice before it finds no device
    void sayWithoutASoundDeviceGivesTheDevicesOneLineErrorAndTheAudioCode() {
        CliRunner cli = cli(); // its sound device is missing

        int code = cli.run("voices", "--say", "kevin16");

        assertThat(code).isEqualTo(HarkException.AUDIO);
        assertThat(cli.err().strip()).contains("no sound device").doesNotContain("\n");
    }

    @Test
    void aBadVoiceFileGetsOneLineNamingTheFileAndTheKey() throws IOException {
        Files.createDirectories(config.resolve("voices"));
        Path bad = config.resolve("voices/broken.voice");
        Files.writeString(bad, "name = broken\npitch = high\n");
        CliRunner cli = cli();

        int code = cli.run("voices");

        assertThat(code).isEqualTo(HarkException.INPUT);
        assertThat(cli.err().strip()).contains(bad.toString()).contains("pitch").contains("high")
                .doesNotContain("\n");
    }

    /** Keeps what is played; opened once. Not thread-safe: --say writes from one thread. */
    private static final class RecordingSink implements AudioSink {
        final List<Short> samples = new ArrayList<>();
        int rate;
        int largestBlock;
        boolean drainedAfterLastWrite;
        boolean closed;

        AudioSink open(int rate) {
            this.rate = rate;
            return this;
        }

        int peak() {
            return samples.stream().mapToInt(s -> Math.abs((int) s)).max().orElse(0);
        }

        @Override
        public void write(short[] block, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                samples.add(block[i]);
            }
            largestBlock = Math.max(largestBlock, length);
            drainedAfterLastWrite = false;
        }

        @Override
        public void halt() {}

        @Override
        public void drain() {
            drainedAfterLastWrite = true;
        }

        @Override
        public long framesPlayed() {
            return samples.size();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
