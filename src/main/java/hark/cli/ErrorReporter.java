package hark.cli;

import hark.HarkException;
import hark.TerminalText;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and an exit code; the stack trace only with --debug. The stderr it
 * is given is {@link Hark}'s, which prints only terminal-safe text.
 */
final class ErrorReporter {
    private final PrintWriter err;
    private final boolean debug;

    ErrorReporter(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    int usage(CommandLine.ParameterException e, String[] args) {
        err.println("hark: " + TerminalText.line(unknownCommand(e).orElse(e.getMessage() + " (see hark --help)")));
        trace(e);
        return HarkException.USAGE;
    }

    int execution(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof HarkException hark) {
            // The message may quote a page, a header or a file name: one line (err itself, a TerminalSafeWriter,
            // drops anything that would move the terminal, here and in the --debug trace).
            err.println("hark: " + TerminalText.line(hark.getMessage()));
            trace(e);
            return hark.exitCode();
        }
        err.println("hark: internal error: " + TerminalText.line(String.valueOf(e)) + "; please report it, with the output of --debug");
        trace(e);
        return 1;
    }

    /** {@code hark textt x}: picocli took "textt" for the article and reports "x"; say what really happened. */
    private static Optional<String> unknownCommand(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException && e.getCommandLine() != null
                && e.getCommandLine().getCommand() instanceof ListenCommand listen) {
            return UnknownCommand.message(listen.article, true);
        }
        return Optional.empty();
    }

    private void trace(Exception e) {
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
