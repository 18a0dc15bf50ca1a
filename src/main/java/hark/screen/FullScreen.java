package hark.screen;

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
    private String message = "? keys   q quit";
    private ScreenState last;

    /** @param colour false when NO_COLOR is set */
    public FullScreen(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        this.colour = colour && colours != null && colours >= 8;
    }

    @Override
    public synchronized void open(ScreenState state) {
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
        display = new Display(terminal, true);
        size = currentSize();
        display.resize(size.getRows(), size.getColumns());
        draw(state);
    }

    @Override
    public synchronized void sentence(ScreenState state) {
        draw(state);
    }

    @Override
    public synchronized void status(ScreenState state) {
        draw(state);
    }

    @Override
    public synchronized void announce(String line, ScreenState state) {
        message = line;
        help = null;
        draw(state);
    }

    @Override
    public synchronized void help(List<String> lines, ScreenState state) {
        help = List.copyOf(lines);
        helpPage = 0;
        draw(state);
    }

    @Override
    public synchronized void prompt(String prompt, String typed, ScreenState state) {
        help = null;
        message = prompt + " " + typed + "_";
        draw(state);
    }

    @Override
    public synchronized void resized() {
        resized = true;
    }

    /** Clears the help, if shown. */
    public synchronized boolean dismissHelp() {
        boolean shown = help != null;
        help = null;
        message = "";
        return shown;
    }

    /** @return true if the help is shown and had another page to turn to */
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

    private void draw(ScreenState state) {
        if (display == null) {
            return;
        }
        last = state;
        Size now = currentSize();
        if (resized || !now.equals(size)) {
            resized = false;
            size = now;
            display.clear();
            display.resize(size.getRows(), size.getColumns());
        }
        display.update(lines(state, size.getColumns(), size.getRows()), 0);
        terminal.flush();
    }

    private List<AttributedString> lines(ScreenState s, int width, int height) {
        List<AttributedString> lines = new ArrayList<>();
        List<String> body;
        int room;
        if (help != null) { // the help takes the title's rows too, and pages when it still does not fit
            room = Math.max(1, height - 3);
            int pages = helpPages(room);
            helpPage = Math.min(helpPage, pages - 1);
            body = help.subList(helpPage * room, Math.min(help.size(), (helpPage + 1) * room));
            message = pages == 1 ? "Keys (any key to close)"
                    : "Keys, page " + (helpPage + 1) + " of " + pages + " (? next page, any other key to close)";
        } else {
            lines.add(fit(new AttributedString(TerminalText.line(s.title()), AttributedStyle.BOLD), width));
            lines.add(AttributedString.EMPTY);
            room = Math.max(0, height - 6);
            body = Wrap.words(TerminalText.line(s.text()), width);
        }
        for (int i = 0; i < Math.min(room, body.size()); i++) {
            lines.add(fit(new AttributedString(TerminalText.sanitize(body.get(i))), width));
        }
        while (lines.size() < height - 3) {
            lines.add(AttributedString.EMPTY);
        }
        lines.add(fit(bar(s.percent(), Math.min(width, 60)), width));
        lines.add(fit(new AttributedString(Phrases.statusLine(s), AttributedStyle.INVERSE), width));
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

    /** Cuts a line to the width, leaving the last column free so that no terminal wraps or scrolls. */
    private static AttributedString fit(AttributedString line, int width) {
        return line.columnLength() < width ? line : line.columnSubSequence(0, Math.max(0, width - 1));
    }

    @Override
    public synchronized void close(String farewell) {
        if (display != null) {
            display.update(List.of(), 0);
            display = null;
        }
        terminal.puts(Capability.exit_ca_mode);
        terminal.puts(Capability.keypad_local);
        terminal.puts(Capability.cursor_visible);
        if (farewell != null) {
            terminal.writer().println(TerminalText.line(farewell));
        }
        terminal.flush();
    }
}
