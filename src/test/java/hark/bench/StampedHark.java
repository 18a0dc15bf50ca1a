package hark.bench;

import hark.audio.JavaSoundSink;
import hark.cli.Hark;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.TerminalBuilder;

/**
 * The child JVM of {@link LatencyBench}: hark exactly as {@code Hark.standard()} builds it (system terminal,
 * FreeTTS, {@link JavaSoundSink} on the default device), except that the sink is wrapped in a {@link StampedSink}
 * logging to the file named by the system property {@code hark.bench.log}.
 */
public final class StampedHark {
    private StampedHark() {}

    public static void main(String[] args) {
        Path log = Path.of(System.getProperty("hark.bench.log"));
        System.exit(new Hark(System.in,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                () -> TerminalBuilder.builder().system(true).dumb(true).build(),
                rate -> new StampedSink(new JavaSoundSink(rate), log)).run(args));
    }
}
