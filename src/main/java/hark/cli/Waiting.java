package hark.cli;

import hark.HarkException;
import hark.keys.ListenSession;
import hark.source.Source;
import hark.source.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.NonBlockingReader;

/**
 * Reads the article while telling the person waiting what is happening: "Fetching example.com..." for an address,
 * and "Reading the article from stdin; end it with Ctrl-D" when stdin is a terminal, where hark would otherwise
 * seem to hang. While a page is fetched with a terminal on stdin, q or Ctrl-C stops hark at once instead of
 * after the 30 seconds a slow site can take. The terminal is put back as it was before the article is read.
 */
final class Waiting {
    private static final long POLL_MILLIS = 50;

    private final PrintWriter err;
    private final PrintWriter out;
    private final Supplier<Tty> ttys;
    private final Hark.TerminalOpener terminals;

    Waiting(PrintWriter err, PrintWriter out, Supplier<Tty> tty, Hark.TerminalOpener terminals) {
        this.err = err;
        this.out = out;
        this.ttys = tty;
        this.terminals = terminals;
    }

    /** Reads the article named by {@code argument}, with the feedback above. */
    Source source(Pipeline pipeline, String argument) {
        if (!"-".equals(argument) && !Sources.isWebAddress(argument)) {
            return pipeline.source(argument);
        }
        Tty tty = ttys.get();
        if ("-".equals(argument)) {
            if (tty.stdin() && tty.stderr()) {
                err.println("Reading the article from stdin; end it with Ctrl-D on a line of its own.");
                err.flush();
            }
            return pipeline.source(argument);
        }
        if (tty.stdin()) {
            return stoppable(tty, pipeline, argument);
        }
        announceFetch(tty, argument);
        return pipeline.source(argument);
    }

    private void announceFetch(Tty tty, String argument) {
        if (tty.stderr()) {
            err.println("Fetching " + host(argument) + "...");
            err.flush();
        }
    }

    /** The site's name, as people say it (stderr makes it safe for the terminal). */
    static String host(String address) {
        try {
            String host = URI.create(address.strip()).getHost();
            if (host != null && !host.isEmpty()) {
                return host.toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the address itself
        }
        return address;
    }

    /** Fetches on its own thread while the keys are watched; q and Ctrl-C stop hark. */
    private Source stoppable(Tty tty, Pipeline pipeline, String argument) {
        Terminal terminal;
        try {
            // The listening terminal, which the player then takes over: one terminal, one reader of keys.
            terminal = terminals.openForListening(false, out).terminal();
        } catch (IOException e) {
            announceFetch(tty, argument);
            return pipeline.source(argument);
        }
        // A daemon thread: a stopped fetch must not keep the JVM alive.
        Background<Source> fetch = Background.start("hark-fetch", () -> pipeline.source(argument));
        AtomicBoolean interrupted = new AtomicBoolean();
        Attributes saved = terminal.enterRawMode();
        SignalHandler previous = terminal.handle(Signal.INT, s -> interrupted.set(true));
        try {
            // Said once the keys work, so that a q typed after reading it is never lost.
            announceFetch(tty, argument);
            NonBlockingReader keys = terminal.reader();
            while (!fetch.done()) {
                int key = keys.read(POLL_MILLIS);
                if (key == 'q' || key == 'Q' || key == 3 || interrupted.get()) {
                    boolean ctrlC = key == 3 || interrupted.get();
                    throw new HarkException(ctrlC ? ListenSession.INTERRUPTED : 0,
                            "stopped while fetching " + host(argument));
                }
                if (key == NonBlockingReader.EOF) {
                    break; // no more keys can come: just wait
                }
            }
        } catch (IOException e) {
            // the keys are gone; the fetch goes on
        } finally {
            terminal.setAttributes(saved);
            terminal.handle(Signal.INT, previous == null ? SignalHandler.SIG_DFL : previous);
            terminal.flush();
        }
        return fetch.take();
    }
}
