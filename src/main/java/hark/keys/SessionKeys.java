package hark.keys;

import hark.player.Command;
import hark.player.PlaybackEngine;
import hark.player.PlaybackState;
import hark.player.Snapshot;
import hark.screen.Phrases;
import hark.screen.Screen;
import hark.script.Position;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What each key does in a listening session: engine commands, help, search, bookmarks, the spoken status and
 * quitting, with a line on the screen for every change (what plain mode prints for screen readers). Called on
 * the key thread only; the quit flags are read from other threads.
 */
final class SessionKeys implements KeyController.Handler {
    private final PlaybackEngine engine;
    private final Screen screen;
    private final KeyController keys;
    private final NavigableSet<Position> bookmarks;
    private final BooleanSupplier ended;
    private volatile boolean quit;
    private volatile boolean interrupted;
    private volatile boolean remember;

    /**
     * @param bookmarks positions, shared with the session, touched on the key thread only
     * @param ended true once playback has ended
     */
    SessionKeys(PlaybackEngine engine, Screen screen, KeyController keys,
                NavigableSet<Position> bookmarks, BooleanSupplier ended) {
        this.engine = engine;
        this.screen = screen;
        this.keys = keys;
        this.bookmarks = bookmarks;
        this.ended = ended;
    }

    /** Ctrl-C as a signal: quit at the next tick. */
    void interrupt() {
        interrupted = true;
        quit = true;
    }

    boolean quit() {
        return quit;
    }

    boolean interrupted() {
        return interrupted;
    }

    boolean rememberRequested() {
        return remember;
    }

    @Override
    public boolean handle(Command op) {
        // While the help is shown, ? turns its pages and any other key closes it, as its last line says;
        // the closing key does nothing else, except that q, Q and Ctrl-C still quit.
        if (op == Command.HELP && screen.nextHelpPage()) {
            return true;
        }
        if (screen.dismissHelp() && op != Command.QUIT && op != Command.QUIT_REMEMBER) {
            tick();
            return true;
        }
        switch (op) {
            case IGNORE -> {
                // an unbound key: nothing to do once the help is closed
            }
            case QUIT -> {
                if (terminalSentCtrlC()) {
                    interrupted = true;
                }
                quit = true;
            }
            case QUIT_REMEMBER -> {
                remember = true;
                quit = true;
            }
            case HELP -> screen.help(KeyBindings.helpLines(), now());
            case SPEAK_STATUS -> {
                String status = Phrases.spokenStatus(now());
                engine.say(status);
                screen.announce(Character.toUpperCase(status.charAt(0)) + status.substring(1) + ".", now());
            }
            case SEARCH -> search();
            case BOOKMARK -> bookmark();
            case NEXT_BOOKMARK -> nextBookmark();
            default -> command(op); // the playback commands
        }
        return !quit;
    }

    private void command(Command command) {
        Snapshot before = engine.snapshot();
        engine.apply(command);
        Snapshot after = engine.snapshot();
        if (after.state() == PlaybackState.ENDED) {
            return;
        }
        boolean waits = after.counting() && after.position().equals(before.position()) && (command == Command.END
                || command == Command.NEXT_SENTENCE || command == Command.NEXT_PARAGRAPH
                || command == Command.NEXT_SECTION);
        String line = waits ? "Counting the rest of the text; a moment." : switch (command) {
            case TOGGLE_PAUSE -> after.state() == PlaybackState.PAUSED ? "Paused." : "Playing.";
            case FASTER, SLOWER, MUCH_FASTER, MUCH_SLOWER, NORMAL_SPEED ->
                    "Speed " + Phrases.speed(after.speed()) + ".";
            case NEXT_VOICE -> "Voice " + after.voice() + ".";
            case NEXT_SENTENCE -> after.position().equals(before.position()) ? "Last sentence."
                    : after.state() == PlaybackState.PLAYING ? null
                    : "Sentence " + after.sentenceNumber() + " of " + after.sentences() + ".";
            case NEXT_PARAGRAPH, NEXT_SECTION -> after.position().equals(before.position())
                    ? (command == Command.NEXT_SECTION ? "No more headings." : "This is the last paragraph.")
                    : "Paragraph " + after.paragraphOfAll() + ".";
            case PREVIOUS_PARAGRAPH, PREVIOUS_SECTION, START, END ->
                    "Paragraph " + after.paragraphOfAll() + ".";
            default -> after.position().equals(before.position()) || after.state() == PlaybackState.PLAYING ? null
                    : "Sentence " + after.sentenceNumber() + " of " + after.sentences() + ".";
        };
        boolean moved = !after.position().equals(before.position()) || command == Command.REPEAT
                || command == Command.BACK;
        if (line != null && moved && after.state() == PlaybackState.PAUSED) {
            // nothing is heard while paused, so say where the move landed
            line = line.substring(0, line.length() - 1) + ": " + after.text();
        }
        if (line != null) {
            screen.announce(line, after);
        } else {
            screen.status(after);
        }
    }

    private void search() {
        String phrase = keys.readLine((typed, cursor) -> screen.prompt("Search:", typed, cursor, now()),
                this::finished);
        if (phrase == null || phrase.isBlank()) {
            screen.announce("Search cancelled.", now());
            return;
        }
        // While a long text is still being counted, what is known of it so far.
        Optional<Position> found = engine.map().findAfter(phrase, engine.snapshot().position());
        if (found.isEmpty()) {
            screen.announce("Not found: " + phrase.strip() + ".", now());
            return;
        }
        engine.jumpTo(found.get());
        Snapshot s = engine.snapshot();
        screen.announce("Found in paragraph " + s.paragraphOfAll() + ".", s);
    }

    /** Ctrl-C arrives as a key when the terminal does not turn it into a signal. */
    private boolean terminalSentCtrlC() {
        return "\u0003".equals(keys.lastKey());
    }

    private void bookmark() {
        Snapshot s = engine.snapshot();
        bookmarks.add(s.position());
        int number = bookmarks.headSet(s.position(), true).size();
        screen.announce("Bookmark " + number + " of " + bookmarks.size() + " at paragraph " + s.paragraphNumber()
                + ", sentence " + s.sentenceNumber() + ".", s);
    }

    private void nextBookmark() {
        if (bookmarks.isEmpty()) {
            screen.announce("No bookmarks yet; press m to mark one.", now());
            return;
        }
        Position next = bookmarks.higher(engine.snapshot().position());
        Position target = next == null ? bookmarks.first() : next;
        engine.jumpTo(target);
        Snapshot s = engine.snapshot();
        screen.announce("Bookmark " + (bookmarks.headSet(target, true).size()) + " of " + bookmarks.size()
                + ": paragraph " + s.paragraphNumber() + ".", s);
    }

    private Snapshot now() {
        return engine.snapshot();
    }

    @Override
    public void tick() {
        screen.status(now());
    }

    @Override
    public boolean finished() {
        return quit || ended.getAsBoolean();
    }
}
