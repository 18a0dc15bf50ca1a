package hark.screen;

import java.io.PrintWriter;
import java.util.List;

/**
 * Line-by-line output for screen readers and braille displays, dumb terminals and pipes: each sentence is printed
 * as a line when it starts and each change as a short line ("Paused."). No cursor movement, no colour, no
 * redraws, and never an escape sequence. Thread-safe.
 */
public final class PlainScreen implements Screen {
    private final PrintWriter out;
    private final boolean keys;

    public PlainScreen(PrintWriter out) {
        this(out, true);
    }

    /** @param keys false when stdin carries the article, so that no key can reach hark */
    public PlainScreen(PrintWriter out, boolean keys) {
        this.out = out;
        this.keys = keys;
    }

    @Override
    public synchronized void open(ScreenState state) {
        String title = TerminalText.line(state.title());
        if (!title.isEmpty()) {
            print(title);
        }
        // A listener who cannot use the keys must not be told to press them.
        print(keys ? "Press ? for the keys, q to quit." : "The article came on stdin, so keys are off; Ctrl-C stops.");
    }

    @Override
    public synchronized void sentence(ScreenState state) {
        print(TerminalText.line(state.text()));
    }

    @Override
    public void status(ScreenState state) {
        // nothing: a plain screen only ever adds lines
    }

    @Override
    public synchronized void announce(String line, ScreenState state) {
        print(TerminalText.line(line));
    }

    @Override
    public synchronized void help(List<String> lines, ScreenState state) {
        print("Keys:");
        lines.forEach(l -> print(TerminalText.sanitize(l)));
    }

    @Override
    public synchronized void prompt(String prompt, String typed, ScreenState state) {
        if (typed.isEmpty()) {
            print(TerminalText.line(prompt) + " (type, then Enter; Escape cancels)");
        }
    }

    @Override
    public void resized() {
        // nothing to redraw
    }

    @Override
    public synchronized void close(String farewell) {
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
