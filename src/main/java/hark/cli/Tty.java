package hark.cli;

import java.util.List;
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
    /** JLine's ways of asking isatty(3), best first; exec runs `test -t`, which works everywhere. */
    private static final List<String> PROVIDERS = List.of("jni", "exec");

    static Tty detect() {
        for (String name : PROVIDERS) {
            try {
                TerminalProvider provider = TerminalProvider.load(name);
                return new Tty(provider.isSystemStream(SystemStream.Input),
                        provider.isSystemStream(SystemStream.Error));
            } catch (Exception | LinkageError e) {
                // that provider does not work here: try the next
            }
        }
        return NONE;
    }
}
