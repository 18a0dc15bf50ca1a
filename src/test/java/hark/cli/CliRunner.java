package hark.cli;

import hark.Environment;
import hark.HarkException;
import hark.audio.AudioSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;

/** Runs the real command line with in-memory streams and no sound device, and keeps what it printed. */
final class CliRunner {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    /** Stdout as bytes: where {@code -o -} writes the WAV. */
    final ByteArrayOutputStream stdoutBytes = new ByteArrayOutputStream();
    private String stdin = "";
    private Tty tty = Tty.NONE;
    /** The JVM's own unless a test gives its folders. */
    private Environment environment;
    private Hark.TerminalOpener terminals = () -> {
        throw new AssertionError("no terminal in this test");
    };
    private IntFunction<AudioSink> sinks = rate -> {
        throw new HarkException(HarkException.AUDIO, "no sound device (test)");
    };

    CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** Pretends these standard streams are terminals. */
    CliRunner tty(Tty tty) {
        this.tty = tty;
        return this;
    }

    /** The user's config and state folders, and no environment variables. */
    CliRunner folders(Path config, Path state) {
        this.environment = new Environment(Map.of(),
                Map.of("hark.config.dir", config.toString(), "hark.state.dir", state.toString()));
        return this;
    }

    CliRunner terminal(org.jline.terminal.Terminal terminal) {
        this.terminals = () -> terminal;
        return this;
    }

    CliRunner terminals(Hark.TerminalOpener terminals) {
        this.terminals = terminals;
        return this;
    }

    CliRunner sinks(IntFunction<AudioSink> sinks) {
        this.sinks = sinks;
        return this;
    }

    int run(String... args) {
        return hark().run(args);
    }

    /** As the launcher runs it: the voice and the article begin before the command line is parsed. */
    int runAsMain(String... args) {
        return Main.startEarly(hark(), args).run(args);
    }

    private Hark hark() {
        Hark hark = new Hark(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), terminals, sinks, stdoutBytes).withTty(tty);
        if (environment != null) {
            hark.withEnvironment(environment);
        }
        return hark;
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
