package hark.keys;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.exec.ExecPty;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The terminal a listening session runs on, opened the way less and mpv open theirs:
 * <ul>
 *   <li>keys come from stdin when it is a terminal, else from {@code /dev/tty} when the article is on stdin, else
 *   from stdin's bytes (a pipe, with no terminal at all: today's behaviour, and then no keys when stdin carries
 *   the article);</li>
 *   <li>a terminal is put in raw mode even with {@code TERM=dumb}, so keys act at once and are not echoed;</li>
 *   <li>only the flags hark needs are changed, and everything else is given back exactly, line speed included:
 *   on Linux in-process ({@link NativeTty}: no process started, raw mode in about 1 ms); elsewhere, and for a
 *   {@code /dev/tty} that no standard stream is, through {@code stty} (JLine's exec provider), which costs a
 *   process for every read or change (JLine's own JNI pty set the line to 0 baud and garbled {@code c_line});</li>
 *   <li>when stdout is a file or a pipe, plain lines go there and the terminal is used only for keys.</li>
 * </ul>
 *
 * @param terminal where keys come from and, unless {@code plainLines} is set, where the screen is drawn
 * @param keys false when no key can arrive (stdin carries the article and there is no terminal)
 * @param plainLines where plain lines go instead of the terminal, or null
 */
public record ListeningTerminal(Terminal terminal, boolean keys, PrintWriter plainLines) implements AutoCloseable {
    private static final String DEV_TTY = "/dev/tty";

    /**
     * @param articleOnStdin true when stdin carries the article, so keys must come from elsewhere
     * @param stdout the standard output, for plain lines when it is not a terminal
     */
    public static ListeningTerminal open(boolean articleOnStdin, PrintWriter stdout) throws IOException {
        return open(articleOnStdin, stdout, System.getenv());
    }

    /** @param env the environment variables, for TERM */
    public static ListeningTerminal open(boolean articleOnStdin, PrintWriter stdout, Map<String, String> env)
            throws IOException {
        TerminalProvider exec = new ExecTerminalProvider();
        TerminalProvider probe = probe(exec);
        boolean in = probe.isSystemStream(SystemStream.Input);
        boolean out = probe.isSystemStream(SystemStream.Output);
        boolean err = probe.isSystemStream(SystemStream.Error);
        String type = env.getOrDefault("TERM", Terminal.TYPE_DUMB);
        Charset encoding = Charset.defaultCharset();
        PrintWriter redirected = out ? null : stdout;
        if (in && (out || err)) {
            SystemStream screen = out ? SystemStream.Output : SystemStream.Error;
            Terminal t = probe != exec ? nativeTerminal(probe, type, encoding, screen) : null;
            if (t == null) {
                // Built through the provider, not TerminalBuilder, which would refuse raw mode to TERM=dumb.
                t = exec.sysTerminal("hark", type, false, encoding, encoding, encoding, true,
                        Terminal.SignalHandler.SIG_DFL, false, screen);
            }
            return new ListeningTerminal(t, true, redirected);
        }
        if ((in || articleOnStdin) && controllingTerminal()) {
            Terminal t = probe != exec ? nativeTerminal(probe, type, encoding, null) : null;
            if (t == null) {
                t = new PosixSysTerminal("hark", type, new DevTty(exec), encoding, true,
                        Terminal.SignalHandler.SIG_DFL);
            }
            return new ListeningTerminal(t, true, redirected);
        }
        // No stream is a terminal here (or none that keys can come from): JLine's builder makes a dumb terminal.
        // It is told to ask only the provider that answered above whether the streams are terminals; otherwise it
        // asks every provider again, and the exec one starts `test -t` and `tty` for each stream (8 processes,
        // about 0.1 s before the first audio of a piped run; issue 12).
        TerminalBuilder builder = TerminalBuilder.builder().system(true).dumb(true);
        if (probe != exec && System.getProperty(TerminalBuilder.PROP_PROVIDER) == null) {
            builder.provider(TerminalBuilder.PROP_PROVIDER_JNI);
        }
        Terminal t = builder.build();
        return new ListeningTerminal(t, !articleOnStdin, null);
    }

    /**
     * Asks which standard streams are terminals. The JNI provider answers isatty() without starting a process;
     * the exec one runs {@code test -t}, which works everywhere.
     */
    public static TerminalProvider isattyProbe() {
        return probe(new ExecTerminalProvider());
    }

    private static TerminalProvider probe(TerminalProvider fallback) {
        try {
            TerminalProvider jni = TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI);
            jni.isSystemStream(SystemStream.Input);
            return jni;
        } catch (IOException | RuntimeException | LinkageError e) {
            return fallback;
        }
    }

    /**
     * The terminal with its attributes set in-process, or null where that cannot be done here.
     *
     * @param screen the standard stream drawn on, with keys from stdin; null for the controlling terminal
     */
    private static Terminal nativeTerminal(TerminalProvider jni, String type, Charset encoding, SystemStream screen) {
        if (!NativeTty.usable()) {
            return null;
        }
        try {
            NativeTty tty = screen != null ? NativeTty.onStdin(jni, screen) : NativeTty.controlling(jni);
            return tty == null ? null
                    : new PosixSysTerminal("hark", type, tty, encoding, true, Terminal.SignalHandler.SIG_DFL);
        } catch (IOException | RuntimeException | LinkageError e) {
            return null; // stty still works
        }
    }

    /** @return true if this process has a controlling terminal to read keys from */
    private static boolean controllingTerminal() {
        try (FileInputStream tty = new FileInputStream(DEV_TTY)) {
            return true;
        } catch (IOException e) {
            return false; // ENXIO: no controlling terminal (a daemon, CI, setsid)
        }
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }

    /** The controlling terminal by name, read and set with {@code stty -F /dev/tty}. */
    private static final class DevTty extends ExecPty {
        DevTty(TerminalProvider provider) {
            super(provider, null, DEV_TTY);
        }
    }
}
