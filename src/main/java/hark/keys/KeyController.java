package hark.keys;

import hark.player.Command;
import java.util.function.BooleanSupplier;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Reads keys from the terminal and hands each bound operation to a {@link Handler}, with a tick between keys for
 * redraws (the TTop shape: {@code peekCharacter(timeout)} returning {@code READ_EXPIRED} is the tick). When the
 * key input ends (stdin was a pipe or a file), playback goes on without keys until the handler says it is
 * finished. The caller puts the terminal in raw mode. Runs on the calling thread; not thread-safe.
 */
public final class KeyController {
    /** What the keys drive. Called on the key thread only. */
    public interface Handler {
        /**
         * Called for every key, unbound ones as {@link Command#IGNORE} (they still close the help).
         *
         * @return false to stop reading keys
         */
        boolean handle(Command op);

        /** Called about every tick while no key arrives. */
        void tick();

        /** @return true when there is nothing more to listen to, or quitting was asked for elsewhere */
        boolean finished();
    }

    private final BindingReader reader;
    private final KeyMap<Command> keys;
    private final long tickMillis;
    private boolean inputEnded;

    public KeyController(Terminal terminal, KeyMap<Command> keys, long tickMillis) {
        this.reader = new BindingReader(terminal.reader());
        this.keys = keys;
        this.tickMillis = tickMillis;
    }

    public void run(Handler handler) throws InterruptedException {
        while (!handler.finished()) {
            if (inputEnded) {
                Thread.sleep(tickMillis);
                handler.tick();
                continue;
            }
            if (reader.getCurrentBuffer().isEmpty()) {
                int c = reader.peekCharacter(tickMillis);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    handler.tick();
                    continue;
                }
                if (c < 0) {
                    inputEnded = true;
                    continue;
                }
            }
            if (handler.finished()) {
                return;
            }
            Command op = reader.readBinding(keys, null, true);
            if (op == null) {
                inputEnded = true;
            } else if (!handler.handle(op)) {
                return;
            }
        }
    }

    /** @return the characters of the last key read, as bound */
    public String lastKey() {
        return reader.getLastBinding();
    }

    /** Shows the field being typed into. */
    @FunctionalInterface
    public interface LineEcho {
        /** @param cursor where in {@code text} the next character goes */
        void show(String text, int cursor);
    }

    /**
     * Reads a line of text typed by the listener, such as a search phrase. Enter ends it; Escape, Ctrl-C or the
     * end of input cancel it. Inside the field ← and → move, Home/Ctrl-A and End/Ctrl-E go to its ends,
     * Backspace and Delete delete, and Ctrl-U clears it; other keys with escape sequences are ignored.
     *
     * @param echo shown the text so far after every key
     * @param cancelled checked every tick, so that Ctrl-C as a signal and the end of the article end it too
     * @return the text, or null if cancelled
     */
    public String readLine(LineEcho echo, BooleanSupplier cancelled) {
        LineField field = new LineField();
        echo.show("", 0);
        while (true) {
            int peeked = reader.peekCharacter(tickMillis);
            if (cancelled.getAsBoolean()) {
                return null;
            }
            if (peeked == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            int c = reader.readCharacter();
            if (c == 0x1B) {
                String sequence = escapeSequence();
                if (sequence.isEmpty()) {
                    return null; // Escape on its own cancels
                }
                field.edit(sequence);
            } else if (c < 0 || c == 0x03 || c == 0x07) {
                return null;
            } else if (c == '\r' || c == '\n') {
                return field.text();
            } else {
                field.type(c);
            }
            echo.show(field.text(), field.cursor());
        }
    }

    /** @return the rest of an escape sequence after ESC, or "" for a lone Escape */
    private String escapeSequence() {
        StringBuilder sequence = new StringBuilder();
        int next = reader.peekCharacter(30);
        if (next != '[' && next != 'O') {
            return "";
        }
        sequence.appendCodePoint(reader.readCharacter());
        while (reader.peekCharacter(30) >= 0) {
            int c = reader.readCharacter();
            sequence.appendCodePoint(c);
            if (c >= 0x40 && c <= 0x7E) { // the final byte of a CSI or SS3 sequence
                break;
            }
        }
        return sequence.toString();
    }
}
