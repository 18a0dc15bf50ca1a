package hark.screen;

import hark.TerminalText;
import hark.player.Snapshot;
import java.io.PrintWriter;
import java.util.List;

/**
 * Line-by-line output for screen readers and braille displays, dumb terminals and pipes: each sentence is printed
 * as a line when it starts and each change as a short line ("Paused."). With {@code sentences} off, only the
 * changes are printed, so that a screen reader does not talk over hark's own voice. What is typed into a prompt
 * is echoed as on an ordinary terminal. No cursor movement, no colour, no redraws, and never an escape sequence.
 * Thread-safe.
 */
public final class PlainScreen implements Screen {
    private final PrintWriter out;
    private final boolean keys;
    private final boolean sentences;
    /** What the open prompt's line shows after the prompt, or null when no prompt is open. */
    private String echoed;
    /**
     * The sentence that started while a prompt was open, printed once the prompt's answer is: a search's found
     * sentence can start playing before "Found in paragraph 6" closes the prompt, and must not go unread.
     */
    private String deferred;

    public PlainScreen(PrintWriter out) {
        this(out, true);
    }

    /** @param keys false when no key can reach hark (stdin carries the article and there is no terminal) */
    public PlainScreen(PrintWriter out, boolean keys) {
        this(out, keys, true);
    }

    /**
     * @param keys false when no key can reach hark
     * @param sentences false to print only changes, not each sentence as it starts
     */
    public PlainScreen(PrintWriter out, boolean keys, boolean sentences) {
        this.out = out;
        this.keys = keys;
        this.sentences = sentences;
    }

    @Override
    public synchronized void open(Snapshot state) {
        String title = TerminalText.line(state.title());
        if (!title.isEmpty()) {
            print(title);
        }
        // A listener who cannot use the keys must not be told to press them.
        print(keys ? "Press ? for the keys, q to quit." : "The article came on stdin, so keys are off; Ctrl-C stops.");
    }

    @Override
    public synchronized void sentence(Snapshot state) {
        if (!sentences) {
            return;
        }
        if (echoed == null) {
            print(TerminalText.line(state.text()));
        } else {
            deferred = TerminalText.line(state.text()); // it would land in the middle of what is being typed
        }
    }

    @Override
    public void status(Snapshot state) {
        // nothing: a plain screen only ever adds lines
    }

    @Override
    public synchronized void announce(String line, Snapshot state) {
        endPrompt();
        print(TerminalText.line(line));
        printDeferred();
    }

    @Override
    public synchronized void help(List<String> lines, Snapshot state) {
        endPrompt();
        print("Keys:");
        lines.forEach(l -> print(TerminalText.sanitize(l)));
        printDeferred();
    }

    private void printDeferred() {
        if (deferred != null) {
            print(deferred);
            deferred = null;
        }
    }

    @Override
    public synchronized void prompt(String prompt, String typed, int cursor, Snapshot state) {
        String text = TerminalText.line(typed);
        if (echoed == null) {
            print(TerminalText.line(prompt) + " (type, then Enter; Escape cancels)");
            out.print(TerminalText.line(prompt) + " ");
            echoed = "";
        }
        if (text.startsWith(echoed) && cursor == typed.length()) {
            out.print(text.substring(echoed.length())); // typed at the end: echo just the new characters
        } else {
            out.print('\n'); // an edit inside the field: show the field again on a line of its own
            out.print(TerminalText.line(prompt) + " " + text);
        }
        echoed = text;
        out.flush();
    }

    private void endPrompt() {
        if (echoed != null) {
            out.print('\n');
            echoed = null;
        }
    }

    @Override
    public void resized() {
        // nothing to redraw
    }

    @Override
    public synchronized void close(String farewell) {
        endPrompt();
        if (farewell != null) {
            print(TerminalText.line(farewell));
        }
        out.flush();
    }

    private void print(String line) {
        out.print(line);
        out.print('\n');
        out.flush();
    }
}
