package hark.cli;

import hark.TerminalText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place where what hark prints on stdout and stderr is made safe for a terminal: every write loses its
 * escape sequences and control characters ({@link TerminalText#sanitize}; newlines and tabs stay), so no message,
 * warning, debug trace or article text can clear the screen, set the clipboard or reorder text, whatever it quotes
 * (a file name, a page title, a header). The player's screens draw through the terminal itself and clean their own
 * text ({@code hark.screen}). A sequence split across two writes is cut in two, and each half is then harmless
 * text without its escape. Thread-safe as the writer it wraps.
 */
final class TerminalSafeWriter extends FilterWriter {
    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** @return a writer that prints to {@code target} only what is safe, flushing at each line as hark's streams do */
    static PrintWriter around(PrintWriter target) {
        return target instanceof Safe ? target : new Safe(new TerminalSafeWriter(target));
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(new String(chars, off, len));
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        String clean = TerminalText.sanitize(text.substring(off, off + len));
        out.write(clean, 0, clean.length());
    }

    /** Marks a writer that is already safe, so that wrapping it again adds nothing. */
    private static final class Safe extends PrintWriter {
        Safe(Writer out) {
            super(out, true);
        }
    }
}
