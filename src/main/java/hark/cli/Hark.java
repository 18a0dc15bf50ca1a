package hark.cli;

import hark.Environment;
import hark.HarkException;
import hark.audio.AudioSink;
import hark.audio.JavaSoundSink;
import hark.keys.ListeningTerminal;
import hark.speech.FreeTtsMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * The command line, with everything it touches passed in, so that tests drive it with in-memory streams, a fake
 * terminal and a fake sound device.
 */
public final class Hark {
    /** Under {@code --debug}, FreeTTS's own messages go to this file in hark's state folder. */
    static final String FREETTS_LOG = "freetts.log";

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
    /** Stdout and stderr as every command prints to them: only terminal-safe text gets through. */
    final PrintWriter out;
    final PrintWriter err;
    /** Stdout for picocli's own help and version text, which may be coloured. */
    private final PrintWriter helpOut;
    final TerminalOpener terminals;
    final IntFunction<AudioSink> sinks;
    /** Stdout as bytes, for {@code -o -}; {@link #out} is the same stream as text. */
    final OutputStream stdout;
    /** Where the user's folders are, and the terminal's variables; the JVM's own unless {@link #withEnvironment}. */
    Environment environment = Environment.system();

    /** What {@link Main} began before the command line was parsed; handed to one listening command. */
    private EarlyVoice earlyVoice = EarlyVoice.none();
    private EarlyArticle earlyArticle = EarlyArticle.none();
    /** Which standard streams are terminals; none unless {@link #withTty} says otherwise. Asked lazily. */
    private Supplier<Tty> tty = () -> Tty.NONE;

    public Hark(InputStream in, PrintWriter out, PrintWriter err, TerminalOpener terminals,
                IntFunction<AudioSink> sinks) {
        this(in, out, err, terminals, sinks, System.out);
    }

    public Hark(InputStream in, PrintWriter out, PrintWriter err, TerminalOpener terminals,
                IntFunction<AudioSink> sinks, OutputStream stdout) {
        this.in = in;
        this.helpOut = out;
        this.out = TerminalSafeWriter.around(out);
        this.err = TerminalSafeWriter.around(err);
        this.terminals = terminals;
        this.sinks = sinks;
        this.stdout = stdout;
    }

    /** The real streams, the system terminal and the default sound device. */
    public static Hark standard() {
        Environment environment = Environment.system();
        return new Hark(System.in,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                once(new TerminalOpener() {
                    @Override
                    public Terminal open() throws IOException {
                        return TerminalBuilder.builder().system(true).dumb(true).build();
                    }

                    @Override
                    public ListeningTerminal openForListening(boolean articleOnStdin, PrintWriter stdout)
                            throws IOException {
                        return ListeningTerminal.open(articleOnStdin, stdout, environment.variables());
                    }
                }),
                JavaSoundSink::new).withTty(Tty::detect).withEnvironment(environment);
    }

    /**
     * Says which standard streams are terminals, for the messages shown while hark waits; asked only when an
     * article comes from a URL or stdin, so that other runs do not pay for the check.
     */
    Hark withTty(Supplier<Tty> detect) {
        Tty[] known = new Tty[1];
        this.tty = () -> {
            synchronized (known) {
                if (known[0] == null) {
                    known[0] = detect.get();
                }
                return known[0];
            }
        };
        return this;
    }

    Hark withTty(Tty tty) {
        return withTty(() -> tty);
    }

    /** Another environment than the JVM's: tests point the config and state folders at their own. */
    Hark withEnvironment(Environment environment) {
        this.environment = environment;
        return this;
    }

    /** Hands the listening command the voice and the article that began loading before the command line was parsed. */
    synchronized Hark withEarlyStart(EarlyVoice voice, EarlyArticle article) {
        this.earlyVoice = voice;
        this.earlyArticle = article;
        return this;
    }

    /** The early voice, once; later callers get {@link EarlyVoice#none}. */
    synchronized EarlyVoice takeEarlyVoice() {
        EarlyVoice early = earlyVoice;
        earlyVoice = EarlyVoice.none();
        return early;
    }

    /** The early article, once; later callers get {@link EarlyArticle#none}. */
    synchronized EarlyArticle takeEarlyArticle() {
        EarlyArticle early = earlyArticle;
        earlyArticle = EarlyArticle.none();
        return early;
    }

    /** The feedback while the article is read or fetched. */
    Waiting waiting() {
        return new Waiting(err, out, tty, terminals);
    }

    /**
     * Opens the listening terminal once and hands the same one out again: the keys watched while a page is fetched
     * and the player's must come from one terminal, or the first terminal's reader would swallow a key.
     */
    static TerminalOpener once(TerminalOpener opener) {
        return new TerminalOpener() {
            private ListeningTerminal opened;

            @Override
            public Terminal open() throws IOException {
                return opener.open();
            }

            @Override
            public synchronized ListeningTerminal openForListening(boolean articleOnStdin, PrintWriter stdout)
                    throws IOException {
                if (opened == null) {
                    opened = opener.openForListening(articleOnStdin, stdout);
                }
                return opened;
            }
        };
    }

    /** @return the exit code: 0, or one of {@link HarkException}'s codes */
    public int run(String... args) {
        boolean debug = debugRequested(args);
        ErrorReporter errors = new ErrorReporter(err, debug);
        UserSettings settings = UserSettings.load(environment, err);
        CommandLine cli = new CommandLine(new ListenCommand(this, settings))
                .setDefaultValueProvider(settings.provider())
                .setOut(helpOut)
                .setErr(err)
                .setParameterExceptionHandler(errors::usage)
                .setExecutionExceptionHandler(errors::execution);
        FreeTtsMessages.DebugLog freettsLog = debug ? openFreeTtsLog() : null;
        try {
            return cli.execute(args);
        } finally {
            if (freettsLog != null) {
                closeFreeTtsLog(freettsLog);
            }
            out.flush();
            err.flush();
        }
    }

    /** Under --debug, FreeTTS's own messages are kept in a file rather than dropped. */
    private FreeTtsMessages.DebugLog openFreeTtsLog() {
        return FreeTtsMessages.logTo(environment.stateDir().resolve(FREETTS_LOG));
    }

    /** Says where FreeTTS's messages went, when it printed any. */
    private void closeFreeTtsLog(FreeTtsMessages.DebugLog log) {
        long lines = log.lines();
        try {
            log.close();
        } catch (IOException e) {
            err.println("hark: debug: could not finish " + log.file() + ": " + e.getMessage());
        }
        if (log.failure().isPresent()) {
            err.println("hark: debug: FreeTTS printed " + lines + " lines, but " + log.file() + " could not be "
                    + "written: " + log.failure().get().getMessage());
        } else if (lines > 0) {
            err.println("hark: debug: FreeTTS's own messages (" + lines + (lines == 1 ? " line" : " lines")
                    + ") are in " + log.file());
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
