package hark.cli;

import hark.HarkException;
import hark.audio.AudioSink;
import hark.audio.JavaSoundSink;
import hark.keys.ListeningTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * The command line, with everything it touches passed in, so that tests drive it with in-memory streams, a fake
 * terminal and a fake sound device.
 */
public final class Hark {
    /** Opens the terminal the player draws on and reads keys from. */
    @FunctionalInterface
    public interface TerminalOpener {
        Terminal open() throws IOException;

        /**
         * Opens the terminal for listening: where keys come from, and where plain lines go. By default
         * {@link #open}, with keys unless stdin carries the article; {@link #standard} opens it as less does.
         */
        default ListeningTerminal openForListening(boolean articleOnStdin, PrintWriter stdout) throws IOException {
            return new ListeningTerminal(open(), !articleOnStdin, null);
        }
    }

    final InputStream in;
    final PrintWriter out;
    final PrintWriter err;
    final TerminalOpener terminals;
    final IntFunction<AudioSink> sinks;
    /** Stdout as bytes, for {@code -o -}; {@link #out} is the same stream as text. */
    final OutputStream stdout;

    public Hark(InputStream in, PrintWriter out, PrintWriter err, TerminalOpener terminals,
                IntFunction<AudioSink> sinks) {
        this(in, out, err, terminals, sinks, System.out);
    }

    public Hark(InputStream in, PrintWriter out, PrintWriter err, TerminalOpener terminals,
                IntFunction<AudioSink> sinks, OutputStream stdout) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminals = terminals;
        this.sinks = sinks;
        this.stdout = stdout;
    }

    /** The real streams, the system terminal and the default sound device. */
    public static Hark standard() {
        return new Hark(System.in,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                new TerminalOpener() {
                    @Override
                    public Terminal open() throws IOException {
                        return TerminalBuilder.builder().system(true).dumb(true).build();
                    }

                    @Override
                    public ListeningTerminal openForListening(boolean articleOnStdin, PrintWriter stdout)
                            throws IOException {
                        return ListeningTerminal.open(articleOnStdin, stdout);
                    }
                },
                JavaSoundSink::new);
    }

    /** @return the exit code: 0, or one of {@link HarkException}'s codes */
    public int run(String... args) {
        ErrorReporter errors = new ErrorReporter(err, debugRequested(args));
        UserSettings settings = UserSettings.load(err);
        CommandLine cli = new CommandLine(new ListenCommand(this, settings))
                .setDefaultValueProvider(settings.provider())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors::usage)
                .setExecutionExceptionHandler(errors::execution);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static boolean debugRequested(String[] args) {
        for (String arg : args) {
            if ("--debug".equals(arg)) {
                return true;
            }
        }
        return false;
    }
}
