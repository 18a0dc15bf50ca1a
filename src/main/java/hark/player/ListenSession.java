package hark.player;

import hark.audio.AudioSink;
import hark.keys.KeyBindings;
import hark.keys.KeyController;
import hark.keys.Operation;
import hark.screen.FullScreen;
import hark.screen.Phrases;
import hark.screen.PlainScreen;
import hark.screen.Screen;
import hark.screen.ScreenState;
import hark.script.Script;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.Map;
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
    private volatile boolean quit;
    private volatile boolean interrupted;
    private volatile PlaybackEngine engine;
    private volatile boolean ended;
    private int startSentence;
    private final java.util.TreeSet<Integer> bookmarks = new java.util.TreeSet<>();
    private boolean remember;
    private Snapshot last;

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

    /** Starts at a saved position (both from 0) instead of the beginning. */
    public ListenSession startAt(int paragraph, int sentence) {
        this.startSentence = new ScriptMap(script).indexOf(paragraph, sentence);
        return this;
    }

    /** Starts at a saved place instead of the beginning. */
    public ListenSession startAt(Place place) {
        return startAt(place.paragraph(), place.sentence());
    }

    /** Bookmarks saved from an earlier session; {@code '} visits them. */
    public ListenSession withBookmarks(java.util.Collection<Place> places) {
        ScriptMap map = new ScriptMap(script);
        places.forEach(p -> bookmarks.add(map.indexOf(p.paragraph(), p.sentence())));
        return this;
    }

    /** @return the bookmarks, old and new, in reading order; valid after {@link #run} */
    public java.util.List<Place> bookmarks() {
        ScriptMap map = new ScriptMap(script);
        return bookmarks.stream().filter(i -> i < map.size()).map(i -> placeOf(map, i)).toList();
    }

    private static Place placeOf(ScriptMap map, int index) {
        int p = map.paragraphOf(index);
        return new Place(p, index - map.paragraphStart(p));
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
        Screen screen = plain(settings, terminal, env) ? new PlainScreen(terminal.writer())
                : new FullScreen(terminal, noColor == null || noColor.isEmpty());
        PlaybackEngine engine = new PlaybackEngine(map, settings, voices, sink, new PlaybackListener() {
            @Override
            public void sentenceStarted(Snapshot s) {
                screen.sentence(view(map, s));
            }

            @Override
            public void ended(Snapshot s) {
                ended = true;
            }
        });
        engine.startAt(startSentence);
        this.engine = engine;
        Attributes saved = terminal.getAttributes();
        SignalHandler previousInt = null;
        SignalHandler previousWinch = null;
        Thread hook = new Thread(() -> restore(engine, screen, saved, null), "hark-restore-terminal");
        String farewell = null;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            terminal.enterRawMode();
            previousInt = terminal.handle(Signal.INT, s -> {
                interrupted = true;
                quit = true;
            });
            previousWinch = terminal.handle(Signal.WINCH, s -> screen.resized());
            screen.open(view(map, engine.snapshot()));
            if (startSentence > 0) {
                Snapshot s = engine.snapshot();
                screen.announce("Resuming at paragraph " + s.paragraph() + ". Press Home to start over.",
                        view(map, s));
            }
            engine.start();
            KeyController keys = new KeyController(terminal, KeyBindings.keyMap(terminal), TICK_MILLIS);
            keys.run(new Keys(map, engine, screen, keys));
            last = engine.snapshot();
            farewell = ended && engine.failure() == null ? "End of article."
                    : "Stopped at paragraph " + last.paragraph() + " of " + last.paragraphs() + ".";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            restore(engine, screen, saved, farewell);
            terminal.handle(Signal.INT, previousInt == null ? SignalHandler.SIG_DFL : previousInt);
            terminal.handle(Signal.WINCH, previousWinch == null ? SignalHandler.SIG_DFL : previousWinch);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down, and the hook restores the terminal
            }
        }
        if (engine.failure() != null) {
            throw engine.failure();
        }
        return interrupted ? INTERRUPTED : 0;
    }

    /** The engine of the running session, for tests; null before {@link #run}. */
    PlaybackEngine engine() {
        return engine;
    }

    /** @return where playback stopped; valid after {@link #run} */
    public Place stoppedAt() {
        return last == null || last.paragraph() == 0 ? new Place(0, 0)
                : new Place(last.paragraph() - 1, last.sentence() - 1);
    }

    /** @return true if the article was heard to its end (so a saved position can be forgotten) */
    public boolean reachedEnd() {
        return ended && !quit && engine != null && engine.failure() == null;
    }

    /** @return true if the listener quit with {@code Q}, asking for the position to be remembered */
    public boolean rememberRequested() {
        return remember;
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
                screen.close(farewell);
            } finally {
                terminal.setAttributes(saved);
                terminal.flush();
            }
        }
    }

    private ScreenState view(ScriptMap map, Snapshot s) {
        return new ScreenState(map.title() == null ? "" : map.title(), s.state().label(), s.speed(), s.paragraph(), s.paragraphs(),
                s.sentence(), s.sentences(), s.percent(), s.secondsLeft(), s.wordsPerMinute(), s.voice(), s.text());
    }

    /** The key handler: maps operations to engine commands and reports each change on the screen. */
    private final class Keys implements KeyController.Handler {
        private final ScriptMap map;
        private final PlaybackEngine engine;
        private final Screen screen;
        private final KeyController keys;

        Keys(ScriptMap map, PlaybackEngine engine, Screen screen, KeyController keys) {
            this.map = map;
            this.engine = engine;
            this.screen = screen;
            this.keys = keys;
        }

        @Override
        public boolean handle(Operation op) {
            if (screen instanceof FullScreen full) {
                // While the help is shown, ? turns its pages; any other key closes it and does its work.
                if (op == Operation.HELP && full.nextHelpPage() || full.dismissHelp() && op == Operation.HELP) {
                    tick();
                    return true;
                }
            }
            switch (op) {
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
                default -> command(op);
            }
            return !quit;
        }

        private void command(Operation op) {
            Command command = switch (op) {
                case TOGGLE_PAUSE -> Command.TOGGLE_PAUSE;
                case NEXT_SENTENCE -> Command.NEXT_SENTENCE;
                case BACK -> Command.BACK;
                case NEXT_PARAGRAPH -> Command.NEXT_PARAGRAPH;
                case PREVIOUS_PARAGRAPH -> Command.PREVIOUS_PARAGRAPH;
                case NEXT_SECTION -> Command.NEXT_SECTION;
                case PREVIOUS_SECTION -> Command.PREVIOUS_SECTION;
                case START -> Command.START;
                case END -> Command.END;
                case FASTER -> Command.FASTER;
                case SLOWER -> Command.SLOWER;
                case MUCH_FASTER -> Command.MUCH_FASTER;
                case MUCH_SLOWER -> Command.MUCH_SLOWER;
                case NORMAL_SPEED -> Command.NORMAL_SPEED;
                case REPEAT -> Command.REPEAT;
                case NEXT_VOICE -> Command.NEXT_VOICE;
                default -> null;
            };
            if (command == null) {
                return;
            }
            Snapshot before = engine.snapshot();
            engine.apply(command);
            Snapshot after = engine.snapshot();
            if (after.state() == PlaybackState.ENDED) {
                return;
            }
            String line = switch (command) {
                case TOGGLE_PAUSE -> after.state() == PlaybackState.PAUSED ? "Paused." : "Playing.";
                case FASTER, SLOWER, MUCH_FASTER, MUCH_SLOWER, NORMAL_SPEED ->
                        "Speed " + Phrases.speed(after.speed()) + ".";
                case NEXT_VOICE -> "Voice " + after.voice() + ".";
                case NEXT_PARAGRAPH, PREVIOUS_PARAGRAPH, NEXT_SECTION, PREVIOUS_SECTION, START, END ->
                        "Paragraph " + after.paragraph() + " of " + after.paragraphs() + ".";
                default -> after.index() == before.index() || after.state() == PlaybackState.PLAYING ? null
                        : "Sentence " + after.sentence() + " of " + after.sentences() + ".";
            };
            if (line != null) {
                screen.announce(line, view(map, after));
            } else {
                screen.status(view(map, after));
            }
        }

        private void search() {
            String phrase = keys.readLine(typed -> screen.prompt("Search:", typed, now()), this::finished);
            if (phrase == null || phrase.isBlank()) {
                screen.announce("Search cancelled.", now());
                return;
            }
            int found = map.find(phrase, engine.snapshot().index() + 1);
            if (found < 0) {
                screen.announce("Not found: " + phrase.strip() + ".", now());
                return;
            }
            engine.jumpTo(found);
            Snapshot s = engine.snapshot();
            screen.announce("Found in paragraph " + s.paragraph() + " of " + s.paragraphs() + ".", view(map, s));
        }

        /** Ctrl-C arrives as a key when the terminal does not turn it into a signal. */
        private boolean terminalSentCtrlC() {
            return "\u0003".equals(keys.lastKey());
        }

        private void bookmark() {
            Snapshot s = engine.snapshot();
            bookmarks.add(s.index());
            int number = bookmarks.headSet(s.index(), true).size();
            screen.announce("Bookmark " + number + " of " + bookmarks.size() + " at paragraph " + s.paragraph()
                    + ", sentence " + s.sentence() + ".", view(map, s));
        }

        private void nextBookmark() {
            if (bookmarks.isEmpty()) {
                screen.announce("No bookmarks yet; press m to mark one.", now());
                return;
            }
            Integer next = bookmarks.higher(engine.snapshot().index());
            int target = next == null ? bookmarks.first() : next;
            engine.jumpTo(target);
            Snapshot s = engine.snapshot();
            screen.announce("Bookmark " + (bookmarks.headSet(target, true).size()) + " of " + bookmarks.size()
                    + ": paragraph " + s.paragraph() + ".", view(map, s));
        }

        private ScreenState now() {
            return view(map, engine.snapshot());
        }

        @Override
        public void tick() {
            screen.status(now());
        }

        @Override
        public boolean finished() {
            return quit || ended;
        }
    }
}
