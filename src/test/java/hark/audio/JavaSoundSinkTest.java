package hark.audio;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import hark.Slow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** JavaSoundSink on the real path, javax.sound to ALSA, with ALSA's default device pointed at a file. */
@Slow
class JavaSoundSinkTest {
    private record Run(int exit, Map<String, Long> values, String stderr) {}

    @Test
    void everySampleWrittenArrivesInTheDeviceAsLittleEndian16BitAtPlaybackSpeed() throws Exception {
        try (AlsaFileDevice device = AlsaFileDevice.create()) {
            Run run = run(device, "pattern", "1.0");
            assertThat(run.exit()).as(run.stderr()).isZero();
            assertThat(device.samples()).isEqualTo(SinkChild.pattern(1.0));
            assertThat(run.values().get("buffer-ms")).isBetween(20L, 100L);
            // A null device takes data at once; the sink still paces it like a real card.
            assertThat(run.values().get("elapsed-ms")).isBetween(850L, 3000L);
        }
    }

    @Test
    void haltStopsTheAudioAtOnceAndDropsWhatIsQueued() throws Exception {
        try (AlsaFileDevice device = AlsaFileDevice.create()) {
            Run run = run(device, "halt", "3.0", "600");
            assertThat(run.exit()).as(run.stderr()).isZero();
            long haltedMs = run.values().get("halted-after-ms");
            long arrivedMs = device.size() / 2 * 1000 / SinkChild.RATE;
            // No more than one line buffer (100 ms) and one block (20 ms) beyond what was due when halted; the
            // lower bound is loose because a loaded machine may start the writing thread late.
            assertThat(arrivedMs).isBetween(haltedMs / 2, haltedMs + 120);
            short[] heard = device.samples();
            short[] expected = SinkChild.pattern(3.0);
            assertThat(heard).isEqualTo(java.util.Arrays.copyOf(expected, heard.length));
            assertThat(run.values().get("played-at-halt") * 1000 / SinkChild.RATE).isLessThanOrEqualTo(arrivedMs);
        }
    }

    @Test
    void withNoSoundDeviceTheUserGetsOneLineSuggestingAWavFile() throws Exception {
        try (AlsaFileDevice device = AlsaFileDevice.missing()) {
            Run run = run(device, "pattern", "0.1");
            assertThat(run.exit()).isEqualTo(HarkException.AUDIO);
            assertThat(run.stderr().strip()).doesNotContain("\n").contains("no sound device").contains("-o out.wav");
        }
    }

    private static Run run(AlsaFileDevice device, String... args) throws IOException, InterruptedException {
        Process p = device.java(SinkChild.class, args).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Long> values = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] kv = line.trim().split(" ");
            if (kv.length == 2) {
                values.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return new Run(p.exitValue(), values, err);
    }
}
