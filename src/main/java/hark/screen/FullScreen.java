package hark.screen;

import hark.TerminalText;
import hark.player.Snapshot;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The full-screen view on the terminal's alternate screen, redrawn through JLine's {@link Display} (which sends
 * only what changed): the title, the sentence being spoken, a progress bar, the status line (state, speed,
 * position, percent, time left, words per minute) and a message line. Article text is sanitized before it is
 * drawn. Colour only for the progress bar, and none when NO_COLOR is set or the terminal has no colours.
 * Thread-safe.
 */
public final class FullScreen implements Screen {
    private static final Size FALLBACK = new Size(80, 24);

    private final Terminal terminal;
    private final boolean colour;
    private Display display;
    private Size size;
    private boolean resized;
    private List<String> help;
    private int helpPage;
    private String message;
    private Snapshot last;

    /** @param colour false when NO_COLOR is set */
    public FullScreen(Terminal terminal, boolean colour) {
        this(terminal, colour, true);
    }

    /**
     * @param colour false when NO_COLOR is set
     * @param keys false when no key can reach hark, so that none is offered
     */
    public FullScreen(Terminal terminal, boolean colour, boolean keys) {
        this.terminal = terminal;
        this.message = keys ? "? keys   q quit" : "Keys are off; Ctrl-C stops.";
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        this.colour = colour && colours != null && colours >= 8;
    }

    @Override
    public synchronized void open(Snapshot state) {
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        display = new Display(terminal, true);
        size = currentSize();
        resized = false;
        display.resize(size.getRows(), size.getColumns());
        draw(state);
    }

    @Override
    public synchronized void sentence(Snapshot state) {
        draw(state);
    }

    @Override
    public synchronized void status(Snapshot state) {
        draw(state);
    }

    @Override
    public synchronized void announce(String line, Snapshot state) {
        message = line;
        help = null;
        draw(state);
    }

    @Override
    public synchronized void help(List<String> lines, Snapshot state) {
        help = List.copyOf(lines);
        helpPage = 0;
        draw(state);
    }

    @Override
    public synchronized void prompt(String prompt, String typed, int cursor, Snapshot state) {
        help = null;
        // The terminal's own cursor is hidden, so the field shows where typing goes with a bar.
        message = prompt + " " + typed.substring(0, cursor) + "|" + typed.substring(cursor);
        draw(state);
    }

    @Override
    public synchronized void resized() {
        resized = true;
    }

    @Override
    public synchronized boolean dismissHelp() {
        boolean shown = help != null;
        help = null;
        if (shown) {
            message = "";
            if (last != null) {
                draw(last);
            }
        }
        return shown;
    }

    @Override
    public synchronized boolean nextHelpPage() {
        if (help == null || size == null) {
            return false;
        }
        int room = Math.max(1, size.getRows() - 3);
        if (helpPage + 1 >= helpPages(room)) {
            return false;
        }
        helpPage++;
        if (last != null) {
            draw(last);
        }
        return true;
    }

    private int helpPages(int room) {
        return Math.max(1, (help.size() + room - 1) / room);
    }

    private Size currentSize() {
        Size s = terminal.getSize();
        return s == null || s.getRows() <= 0 || s.getColumns() <= 0 ? FALLBACK : s;
    }

    private void draw(Snapshot state) {
        if (display == null) {
            return;
        }
        last = state;
        if (resized) { // the size is read only when it changes: with JLine's exec provider each read runs stty
            resized = false;
            size = currentSize();
            display.clear();
            display.resize(size.getRows(), size.getColumns());
        }
        display.update(lines(state, size.getColumns(), size.getRows()), 0);
        terminal.flush();
    }

    private List<AttributedString> lines(Snapshot s, int width, int height) {
        if (help != null) {
            return helpLines(s, width, height);
        }
        List<String> body = Wrap.words(TerminalText.line(s.text()), width);
        // Rows besides the sentence, in the order they give way on a short terminal; the status line never does.
        boolean title = true;
        boolean gap = true;
        boolean bar = true;
        boolean messageRow = true;
        int wanted = Math.max(1, Math.min(body.size(), 2));
        while (height - 1 - count(title, gap, bar, messageRow) < wanted && (title || gap || bar || messageRow)) {
            if (gap) {
                gap = false;
            } else if (bar) {
                bar = false;
            } else if (title) {
                title = false;
            } else {
                messageRow = false;
            }
        }
        int room = Math.max(0, height - 1 - count(title, gap, bar, messageRow));
        List<AttributedString> lines = new ArrayList<>();
        if (title) {
            lines.add(fit(new AttributedString(TerminalText.line(s.title()), AttributedStyle.BOLD), width));
        }
        if (gap) {
            lines.add(AttributedString.EMPTY);
        }
        for (int i = 0; i < Math.min(room, body.size()); i++) {
            String row = TerminalText.sanitize(body.get(i));
            boolean cut = i == room - 1 && body.size() > room;
            lines.add(cut ? ellipsis(row, width) : fit(new AttributedString(row), width));
        }
        int footer = (bar ? 1 : 0) + 1 + (messageRow ? 1 : 0);
        while (lines.size() < height - footer) {
            lines.add(AttributedString.EMPTY);
        }
        if (bar) {
            lines.add(fit(bar(s.percent(), Math.min(width, 60)), width));
        }
        lines.add(fit(new AttributedString(Phrases.statusLine(s, Math.max(1, width - 1)), AttributedStyle.INVERSE),
                width));
        if (messageRow) {
            lines.add(fit(new AttributedString(TerminalText.line(message)), width));
        }
        return lines.subList(Math.max(0, lines.size() - height), lines.size());
    }

    private static int count(boolean... rows) {
        int n = 0;
        for (boolean row : rows) {
            n += row ? 1 : 0;
        }
        return n;
    }

    /** The help takes the title's rows too, and pages when it still does not fit. */
    private List<AttributedString> helpLines(Snapshot s, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        int room = Math.max(1, height - 3);
        int pages = helpPages(room);
        helpPage = Math.min(helpPage, pages - 1);
        List<String> body = help.subList(helpPage * room, Math.min(help.size(), (helpPage + 1) * room));
        message = pages == 1 ? "Keys (any key to close)"
                : "Keys, page " + (helpPage + 1) + " of " + pages + " (? next page, any other key to close)";
        for (String row : body) {
            lines.add(fit(new AttributedString(TerminalText.sanitize(row)), width));
        }
        while (lines.size() < height - 3) {
            lines.add(AttributedString.EMPTY);
        }
        lines.add(fit(bar(s.percent(), Math.min(width, 60)), width));
        lines.add(fit(new AttributedString(Phrases.statusLine(s, Math.max(1, width - 1)), AttributedStyle.INVERSE),
                width));
        lines.add(fit(new AttributedString(TerminalText.line(message)), width));
        return lines.subList(Math.max(0, lines.size() - height), lines.size());
    }

    private AttributedString bar(int percent, int width) {
        String text = Phrases.progressBar(percent, width - 5) + String.format(" %3d%%", percent);
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.style(colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN) : AttributedStyle.DEFAULT);
        b.append(text);
        return b.toAttributedString();
    }

    /**
     * Cuts a line to the width, leaving the last column free so that no terminal wraps or scrolls; a cut line ends
     * in "…" so the listener can see that something is missing.
     */
    private static AttributedString fit(AttributedString line, int width) {
        if (line.columnLength() < width) {
            return line;
        }
        return ellipsis(line, width);
    }

    private static AttributedString ellipsis(String text, int width) {
        return ellipsis(new AttributedString(text), width);
    }

    private static AttributedString ellipsis(AttributedString line, int width) {
        int keep = Math.max(0, width - 2);
        AttributedString head = line.columnLength() <= keep ? line : line.columnSubSequence(0, keep);
        return width < 2 ? AttributedString.EMPTY
                : new AttributedStringBuilder().append(head).append("\u2026").toAttributedString();
    }

    @Override
    public synchronized void close(String farewell) {
        if (display != null) {
            display.update(List.of(), 0);
            display = null;
        }
        terminal.puts(Capability.exit_ca_mode);
        terminal.puts(Capability.keypad_local);
        // cursor_normal undoes cursor_invisible; cursor_visible is a different, often blinking or (on tmux and
        // GNU screen) no-op cursor, which left the cursor hidden after hark quit.
        terminal.puts(Capability.cursor_normal);
        if (farewell != null) {
            terminal.writer().println(TerminalText.line(farewell));
        }
        terminal.flush();
    }
}
