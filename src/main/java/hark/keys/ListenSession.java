package hark.keys;

import hark.audio.AudioSink;
import hark.player.Command;
import hark.player.PlaybackEngine;
import hark.player.PlaybackListener;
import hark.player.PlaybackSettings;
import hark.player.PlaybackState;
import hark.player.ScriptMap;
import hark.player.Snapshot;
import hark.screen.FullScreen;
import hark.screen.PlainScreen;
import hark.screen.Screen;
import hark.script.Position;
import hark.script.Script;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;

/**
 * One listening session: plays the script and answers the keys until the end of the article or a quit. This is
 * where the player, the key controller and the screen are put together. The terminal is put in raw mode inside
 * the {@code try} and always given back in {@code finally} (attributes, signal handlers, cursor, alternate
 * screen), and by a shutdown hook on SIGTERM. Keys come from {@code terminal.reader()}, so a dumb terminal over a
 * piped stdin works too. Not thread-safe: call {@link #run} once.
 *
 * <pre>{@code
 * int code = new ListenSession(script, settings, FreeTtsSynthesizer::new, sink, terminal).run();
 * }</pre>
 */
public final class ListenSession {
    private static final long TICK_MILLIS = 100;
    /** The exit code after Ctrl-C, as shells expect after SIGINT (128 + 2). */
    public static final int INTERRUPTED = 130;

    private final Script script;
    private final PlaybackSettings settings;
    private final Function<VoiceSpec, Synthesizer> voices;
    private final AudioSink sink;
    private final Terminal terminal;
    private final Map<String, String> env;
    private final AtomicBoolean restored = new AtomicBoolean();
    private final TreeSet<Position> bookmarks = new TreeSet<>();
    private volatile PlaybackEngine engine;
    private volatile SessionKeys keys;
    private volatile boolean ended;
    private Position start = Position.START;
    private boolean keysAvailable = true;
    private boolean changesOnly;
    private PrintWriter plainLines;
    private volatile Snapshot last;
    /** Set when SIGTERM or SIGHUP ended the session: the place is kept, as Q keeps it. */
    private volatile boolean signalled;
    private Runnable onSignal = () -> {};
    private CompletableFuture<Script> whole; // null unless the script is a long text's beginning
    private volatile Throwable restFailed; // why the rest of a long text could not be read, if it could not
    private Runnable countRest;

    public ListenSession(Script script, PlaybackSettings settings, Function<VoiceSpec, Synthesizer> voices,
                         AudioSink sink, Terminal terminal) {
        this(script, settings, voices, sink, terminal, System.getenv());
    }

    /** @param env the environment, for TERM and NO_COLOR */
    public ListenSession(Script script, PlaybackSettings settings, Function<VoiceSpec, Synthesizer> voices,
                         AudioSink sink, Terminal terminal, Map<String, String> env) {
        this.script = script;
        this.settings = settings;
        this.voices = voices;
        this.sink = sink;
        this.terminal = terminal;
        this.env = Map.copyOf(env);
    }

    /** Says that no key can arrive (stdin carries the article and there is no terminal); none is offered. */
    public ListenSession withoutKeys() {
        this.keysAvailable = false;
        return this;
    }

    /** Plain mode printing only the changes, not each sentence, so a screen reader does not talk over hark. */
    public ListenSession changesOnly() {
        this.changesOnly = true;
        return this;
    }

    /**
     * Output goes to a file or a pipe rather than the terminal: plain lines go there, and the terminal is used
     * only for keys.
     */
    public ListenSession plainLinesTo(PrintWriter out) {
        this.plainLines = out;
        return this;
    }

    /**
     * What to run when SIGTERM or SIGHUP ends the session, before the terminal is given back: saving the place.
     * It runs on the JVM's shutdown thread while the session's own thread may still be finishing, so it must be
     * safe to call twice (the normal exit path calls the same save).
     */
    public ListenSession onSignal(Runnable save) {
        this.onSignal = save;
        return this;
    }

    /**
     * Says that the script is a long text's beginning, and that {@code whole} will complete with the whole text's
     * script, which playback then goes on in (issue 12). If the whole fails, the beginning is all there is, and the
     * last line says so.
     *
     * @param countRest starts the whole's cleaning; the player runs it once the first sentence is playing
     */
    public ListenSession growingTo(CompletableFuture<Script> whole, Runnable countRest) {
        this.whole = whole;
        this.countRest = countRest;
        return this;
    }

    /** The last line when a long text ended after its beginning because its rest could not be read: never silent. */
    static String restFailedLine(Throwable failed) {
        Throwable cause = failed instanceof java.util.concurrent.CompletionException && failed.getCause() != null
                ? failed.getCause() : failed;
        String why = cause.getMessage() == null || cause.getMessage().isBlank() ? cause.toString() : cause.getMessage();
        return "End of the text's beginning: the rest could not be read (" + why + ").";
    }

    /** Starts at a saved position (clamped into the script) instead of the beginning. */
    public ListenSession startAt(Position position) {
        this.start = new ScriptMap(script).clamp(position);
        return this;
    }

    /** Bookmarks saved from an earlier session (each clamped into the script); {@code '} visits them. */
    public ListenSession withBookmarks(Collection<Position> positions) {
        ScriptMap map = new ScriptMap(script);
        if (map.size() > 0) {
            positions.forEach(p -> bookmarks.add(map.clamp(p)));
        }
        return this;
    }

    /** @return the bookmarks, old and new, in reading order; valid after {@link #run} */
    public List<Position> bookmarks() {
        return new ScriptMap(script).size() == 0 ? List.of() : List.copyOf(bookmarks);
    }

    /** True when the terminal gets plain lines: asked for, or a dumb terminal. */
    static boolean plain(PlaybackSettings settings, Terminal terminal, Map<String, String> env) {
        String type = terminal.getType();
        return settings.plain() || type == null || type.startsWith(Terminal.TYPE_DUMB)
                || "dumb".equals(env.get("TERM"));
    }

    /** @return the exit code: 0 at the end of the article or on q, {@link #INTERRUPTED} after Ctrl-C */
    public int run() {
        ScriptMap map = new ScriptMap(script);
        String noColor = env.get("NO_COLOR");
        Screen screen = plainLines != null ? new PlainScreen(plainLines, keysAvailable, !changesOnly)
                : changesOnly || plain(settings, terminal, env)
                ? new PlainScreen(terminal.writer(), keysAvailable, !changesOnly)
                : new FullScreen(terminal, noColor == null || noColor.isEmpty(), keysAvailable);
        PlaybackEngine engine = new PlaybackEngine(map, settings, voices, sink, new PlaybackListener() {
            @Override
            public void sentenceStarted(Snapshot s) {
                screen.sentence(s);
            }

            @Override
            public void ended(Snapshot s) {
                ended = true;
            }
        });
        engine.startAt(start);
        if (whole != null) {
            engine.counting(countRest);
            // On the cleaning thread, which also counts the whole script's sentences, not on the player's.
            whole.whenComplete((grown, failed) -> {
                restFailed = failed; // set before the grow that lets playback reach the end
                engine.grow(grown == null ? map : new ScriptMap(grown));
            });
        }
        this.engine = engine;
        Attributes saved = terminal.getAttributes();
        SignalHandler previousInt = null;
        SignalHandler previousWinch = null;
        SignalHandler previousTstp = null;
        Thread hook = new Thread(() -> endBySignal(engine, screen, saved), "hark-signal-save-and-restore");
        String farewell = null;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            terminal.enterRawMode();
            KeyController controller = new KeyController(terminal, KeyBindings.keyMap(terminal), TICK_MILLIS);
            SessionKeys handler = new SessionKeys(engine, screen, controller, bookmarks, () -> ended);
            this.keys = handler;
            previousInt = terminal.handle(Signal.INT, s -> handler.interrupt());
            previousWinch = terminal.handle(Signal.WINCH, s -> screen.resized());
            previousTstp = terminal.handle(Signal.TSTP, s -> suspend(engine, screen, saved));
            screen.open(engine.snapshot());
            if (!start.equals(Position.START)) {
                Snapshot s = engine.snapshot();
                screen.announce("Resuming at paragraph " + s.paragraphNumber() + ". Press Home to start over.", s);
            }
            engine.start();
            controller.run(handler);
            last = engine.snapshot();
            farewell = ended && engine.failure() == null && restFailed != null ? restFailedLine(restFailed)
                    : ended && engine.failure() == null ? "End of article."
                    : handler.rememberRequested() ? "Stopped at paragraph " + last.paragraphOfAll()
                            + "; the place is saved, and hark resumes there next time."
                    : "Stopped at paragraph " + last.paragraphOfAll() + ".";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            restore(engine, screen, saved, farewell);
            terminal.handle(Signal.INT, previousInt == null ? SignalHandler.SIG_DFL : previousInt);
            terminal.handle(Signal.WINCH, previousWinch == null ? SignalHandler.SIG_DFL : previousWinch);
            terminal.handle(Signal.TSTP, previousTstp == null ? SignalHandler.SIG_DFL : previousTstp);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down, and the hook restores the terminal
            }
        }
        if (engine.failure() != null) {
            throw engine.failure();
        }
        return keys != null && keys.interrupted() ? INTERRUPTED : 0;
    }

    /**
     * Ctrl-Z: pause, give the shell back a normal terminal, stop this process, and on {@code fg} take the
     * terminal again and play on. Without this the shell would be left on hark's screen in raw mode.
     */
    private void suspend(PlaybackEngine engine, Screen screen, Attributes saved) {
        if (restored.get()) {
            return;
        }
        boolean wasPlaying = engine.snapshot().state() == PlaybackState.PLAYING;
        if (wasPlaying) {
            engine.apply(Command.TOGGLE_PAUSE);
        }
        screen.close(null);
        terminal.setAttributes(saved);
        terminal.flush();
        try {
            // The JVM cannot stop itself with a signal it handles; kill(1) does, and returns once continued.
            new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid())).start().waitFor();
        } catch (java.io.IOException e) {
            // no kill(1): stay in the foreground rather than leave the terminal half restored
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        terminal.enterRawMode();
        screen.open(engine.snapshot());
        if (wasPlaying) {
            engine.apply(Command.TOGGLE_PAUSE);
        }
    }

    /**
     * SIGTERM or SIGHUP: the JVM runs its shutdown hooks and then halts, so the session's own {@code finally}
     * may never run. Save the place first (a hung-up terminal may refuse the writes that restore it), then give
     * the terminal back. A session that already ended normally has saved and restored by itself.
     */
    private void endBySignal(PlaybackEngine engine, Screen screen, Attributes saved) {
        if (restored.get()) {
            return;
        }
        last = engine.snapshot();
        signalled = true;
        try {
            onSignal.run();
        } finally {
            restore(engine, screen, saved, null);
        }
    }

    /** The engine of the running session, for tests; null before {@link #run}. */
    PlaybackEngine engine() {
        return engine;
    }

    /** @return where playback stopped; valid after {@link #run} */
    public Position stoppedAt() {
        return last == null ? Position.START : last.position();
    }

    /** @return the paragraph where playback stopped as the listener is told it, from 1; valid after {@link #run} */
    public int stoppedAtParagraphNumber() {
        return last == null ? 1 : last.paragraphNumber();
    }

    /** @return true if the article was heard to its end (so a saved position can be forgotten) */
    public boolean reachedEnd() {
        return ended && keys != null && !keys.quit() && engine.failure() == null;
    }

    /** @return true if the listener quit with {@code Q}, asking for the position to be remembered */
    public boolean rememberRequested() {
        return keys != null && keys.rememberRequested();
    }

    /**
     * @return true if the place where playback stopped should be kept for the next run: the listener asked with
     *     {@code Q}, or the session ended where the listener could not ask (SIGTERM or SIGHUP: a closed terminal
     *     window, a shutdown; or the sound device failing mid-playback)
     */
    public boolean keepsPlace() {
        return rememberRequested() || signalled || engine != null && engine.failure() != null;
    }

    /**
     * Keys pressed but not read (a → pressed again as the article ended) would otherwise reach the shell once the
     * terminal is back in its normal mode, where it echoes them as "^[[C".
     */
    private void discardTypeAhead() {
        try {
            for (int i = 0; i < 4096 && terminal.reader().peek(1) >= 0; i++) {
                terminal.reader().read(1);
            }
        } catch (IOException | RuntimeException e) {
            // nothing left to read, or the input is closed: nothing to discard
        }
    }

    /** Gives the terminal back exactly once, whoever gets here first (finally, or the SIGTERM hook). */
    private void restore(PlaybackEngine engine, Screen screen, Attributes saved, String farewell) {
        if (!restored.compareAndSet(false, true)) {
            return;
        }
        try {
            engine.close();
        } finally {
            try {
                // Not on a signal: the JVM's shutdown has begun and JLine's own hook may already have put the
                // terminal back in line mode, where this read would wait for a whole line that never comes.
                if (!signalled) {
                    discardTypeAhead();
                }
                screen.close(farewell);
            } finally {
                terminal.setAttributes(saved);
                terminal.flush();
            }
        }
    }

}
