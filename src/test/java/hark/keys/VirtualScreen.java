package hark.keys;

import org.jline.builtins.ScreenTerminal;

/** Plays terminal output into JLine's VT100 emulator, to see the screen as the listener would. */
final class VirtualScreen {
    private final ScreenTerminal screen;

    VirtualScreen(int columns, int rows) {
        screen = new ScreenTerminal(columns, rows);
    }

    VirtualScreen feed(String output) {
        screen.write(output);
        return this;
    }

    VirtualScreen resize(int columns, int rows) {
        screen.setSize(columns, rows);
        return this;
    }

    /** @return the screen's text, one line per row, trailing spaces trimmed */
    String text() {
        return screen.toString().lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static String render(String output, int columns, int rows) {
        return new VirtualScreen(columns, rows).feed(output).text();
    }
}
