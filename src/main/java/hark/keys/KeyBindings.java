package hark.keys;

import hark.player.Command;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The one table of keys: it fills the {@link KeyMap} and writes the help, so the two cannot drift apart. Keys
 * follow mpv where mpv has a meaning for them. Arrow and paging keys are bound both from the terminal's own
 * description and as the common ANSI sequences, so that keys typed into a dumb terminal or piped to stdin work
 * too. Other escape sequences (function keys, Shift-Tab) are swallowed whole, so that their tails ("[", "O")
 * never read as keys of their own. Stateless.
 */
public final class KeyBindings {
    /** One line of the help: which keys, and what they do. */
    public record Help(String keys, String action) {}

    private record Row(Command op, String label, String action, List<Object> keys) {}

    private static final String ESC = "\u001B";

    private static final List<Row> ROWS = List.of(
            row(Command.TOGGLE_PAUSE, "Space, p", "pause and resume", " ", "p"),
            row(Command.NEXT_SENTENCE, "\u2192", "next sentence",
                    Capability.key_right, ESC + "[C", ESC + "OC"),
            row(Command.BACK, "\u2190", "back to the start of the sentence; in its first second, the one before",
                    Capability.key_left, ESC + "[D", ESC + "OD"),
            row(Command.NEXT_PARAGRAPH, "\u2193", "next paragraph", Capability.key_down, ESC + "[B", ESC + "OB"),
            row(Command.PREVIOUS_PARAGRAPH, "\u2191", "previous paragraph",
                    Capability.key_up, ESC + "[A", ESC + "OA"),
            row(Command.NEXT_SECTION, "PgDn", "next heading", Capability.key_npage, ESC + "[6~"),
            row(Command.PREVIOUS_SECTION, "PgUp", "previous heading", Capability.key_ppage, ESC + "[5~"),
            row(Command.START, "Home", "start of the article",
                    Capability.key_home, ESC + "[H", ESC + "OH", ESC + "[1~", ESC + "[7~"),
            row(Command.END, "End", "last sentence",
                    Capability.key_end, ESC + "[F", ESC + "OF", ESC + "[4~", ESC + "[8~"),
            row(Command.FASTER, "]", "faster by 0.1x", "]"),
            row(Command.SLOWER, "[", "slower by 0.1x", "["),
            row(Command.MUCH_FASTER, "}", "faster by 0.5x", "}"),
            row(Command.MUCH_SLOWER, "{", "slower by 0.5x", "{"),
            row(Command.NORMAL_SPEED, "Backspace", "back to 1x", Capability.key_backspace, "\u007F", "\b"),
            row(Command.REPEAT, "r", "repeat the sentence", "r"),
            row(Command.NEXT_VOICE, "v", "next voice", "v"),
            row(Command.SPEAK_STATUS, "s", "speak the position and time left", "s"),
            row(Command.SEARCH, "/", "search for a phrase and read on from there", "/"),
            row(Command.BOOKMARK, "m", "mark a bookmark here", "m"),
            row(Command.NEXT_BOOKMARK, "'", "go to the next bookmark", "'"),
            row(Command.HELP, "?", "show the keys", "?"),
            row(Command.QUIT, "q, Ctrl-C", "quit", "q", KeyMap.ctrl('C')),
            row(Command.QUIT_REMEMBER, "Q", "quit and remember the position", "Q"));

    private KeyBindings() {}

    private static Row row(Command op, String label, String action, Object... keys) {
        return new Row(op, label, action, List.of(keys));
    }

    /** @return the key map for this terminal; unbound keys read as {@link Command#IGNORE} */
    public static KeyMap<Command> keyMap(Terminal terminal) {
        KeyMap<Command> keys = new KeyMap<>();
        keys.setNomatch(Command.IGNORE);
        keys.setUnicode(Command.IGNORE);
        keys.setAmbiguousTimeout(100);
        swallowEscapeSequences(keys);
        for (Row row : ROWS) {
            for (Object key : row.keys()) {
                String seq = key instanceof Capability cap ? KeyMap.key(terminal, cap) : (String) key;
                if (seq != null && !seq.isEmpty()) {
                    keys.bind(row.op(), seq);
                }
            }
        }
        return keys;
    }

    /** @return every key, in the order the help shows them */
    public static List<Help> help() {
        return ROWS.stream().map(r -> new Help(r.label(), r.action())).toList();
    }

    /** The help as aligned lines of plain text. */
    public static List<String> helpLines() {
        int width = ROWS.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        return help().stream().map(h -> String.format("%-" + width + "s  %s", h.keys(), h.action())).toList();
    }

    private static void swallowEscapeSequences(KeyMap<Command> keys) {
        keys.bind(Command.IGNORE, ESC); // a lone Escape, told apart by the ambiguous timeout
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c)) {
                keys.bind(Command.IGNORE, ESC + "[" + c);
                keys.bind(Command.IGNORE, ESC + "O" + c);
                for (int m = 2; m <= 8; m++) {
                    keys.bind(Command.IGNORE, ESC + "[1;" + m + c);
                }
            }
        }
        for (int n = 1; n <= 34; n++) {
            keys.bind(Command.IGNORE, ESC + "[" + n + "~");
            for (int m = 2; m <= 8; m++) {
                keys.bind(Command.IGNORE, ESC + "[" + n + ";" + m + "~");
            }
        }
    }
}
