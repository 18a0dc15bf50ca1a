package hark.cli;

import hark.keys.ListeningTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Which of hark's standard streams are terminals, for the messages that only make sense to a person watching:
 * "Fetching example.com..." and "end it with Ctrl-D".
 *
 * @param stdin keys can be read from stdin, and an article read from it is being typed
 * @param stderr a person sees what hark prints on stderr
 */
record Tty(boolean stdin, boolean stderr) {
    static final Tty NONE = new Tty(false, false);

    static Tty detect() {
        try {
            TerminalProvider probe = ListeningTerminal.isattyProbe();
            return new Tty(probe.isSystemStream(SystemStream.Input), probe.isSystemStream(SystemStream.Error));
        } catch (Exception | LinkageError e) {
            return NONE; // no way to ask here: behave as with no terminal
        }
    }
}
