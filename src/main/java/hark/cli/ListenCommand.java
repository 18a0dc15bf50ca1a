package hark.cli;

import hark.HarkException;
import hark.article.ExtractionOptions;
import hark.audio.AudioSink;
import hark.audio.WavStream;
import hark.audio.WavTarget;
import hark.keys.ListeningTerminal;
import hark.keys.ListenSession;
import hark.player.PlaybackSettings;
import hark.resume.PositionStore;
import hark.resume.SavedReading;
import hark.script.Language;
import hark.script.Position;
import hark.script.Script;
import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceCatalog;
import hark.voice.VoiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "hark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Reads an article aloud: a web address, a saved page, pasted text, or - for stdin.",
                "Keys while listening: Space pause, \u2192/\u2190 sentence, \u2193/\u2191 paragraph, ]/[ speed, "
                        + "Backspace 1x, Q quit and remember, ? all keys, q quit."},
        subcommands = {TextCommand.class, SentencesCommand.class, SpokenCommand.class, VoicesCommand.class,
                ConfigCommand.class, CommandLine.HelpCommand.class})
final class ListenCommand implements Callable<Integer> {
    final Hark hark;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE",
            description = "An http(s) URL, an HTML or text file, or - to read stdin.")
    String article;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1.0", converter = SpeedConverter.class,
            description = "Starting speed, 0.5 to 3.0 (default ${DEFAULT-VALUE}). Pitch stays the same.")
    double speed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.wav",
            description = "Render the whole article to a WAV file instead of playing it; - writes it to stdout.")
    Path output;

    @Option(names = "--voice", paramLabel = "NAME", defaultValue = VoiceCatalog.DEFAULT_VOICE,
            description = "Voice to start with (default ${DEFAULT-VALUE}); see `hark voices`.")
    String voice;

    @Option(names = "--sentence-gap", paramLabel = "MS", converter = GapConverter.class,
            description = "Silence after each sentence at 1x, in milliseconds (default: the voice's).")
    Integer sentenceGap;

    @Option(names = "--plain", description = "Line-by-line output for screen readers: no redraws, no colour. "
            + "Implied by TERM=dumb and by output that is not a terminal.")
    boolean plain;

    @Option(names = "--changes-only", description = "Plain mode that prints only changes (paused, speed, "
            + "moves), not each sentence, so a screen reader does not talk over hark's voice.")
    boolean changesOnly;

    @Option(names = "--from-start", description = "Start at the beginning, not where you last quit with Q.")
    boolean fromStart;

    @Mixin
    ArticleFlags flags;

    /** Declared once here and inherited, so every subcommand takes it too ({@code hark voices --debug}). */
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace when something fails, and what hark skipped on the way.")
    boolean debug;

    final UserSettings userSettings;

    ListenCommand(Hark hark, UserSettings userSettings) {
        this.hark = hark;
        this.userSettings = userSettings;
    }

    @Override
    public Integer call() {
        if (article == null) {
            throw new HarkException(HarkException.USAGE,
                    "no article given; try `hark examples/welcome.html`, a URL, or `hark --help`");
        }
        UnknownCommand.message(article, false).ifPresent(m -> {
            throw new HarkException(HarkException.USAGE, m);
        });
        // A bad -o name or an unwritable folder is reported before any slow work.
        WavTarget target = output == null ? null : WavTarget.open(output.toString(), hark.stdout);
        Background<AudioSink> sound = null;
        Background<ListeningTerminal> terminal = null;
        WarmVoice voices = null;
        try (target) {
            VoiceCatalog catalog = VoiceCatalog.load(VoiceCatalog.defaultFolders(hark.environment));
            VoiceSpec chosen = withGap(requireVoice(catalog));
            // The slow steps of start-up run beside the reading and cleaning of the article.
            voices = new WarmVoice(chosen, hark.takeEarlyVoice(), catalog.folders());
            if (target == null) {
                sound = Background.start("hark-open-sound", () -> hark.sinks.apply(FreeTtsSynthesizer.OUTPUT_RATE));
                terminal = openTerminal();
            }
            return readAloud(catalog, chosen, voices, sound, terminal, target);
        } finally {
            if (voices != null) {
                voices.discard();
            }
            if (sound != null) {
                sound.discard(AudioSink::close);
            }
            if (terminal != null) {
                terminal.discard(ListenCommand::closeUnused);
            }
        }
    }

    /**
     * Opens the listening terminal on its own thread: JLine's classes, its native library and its terminfo lookup
     * (a process) take 0.4 to 0.9 s here at load 9 ({@code bench/terminal-open}), which were spent before the first
     * audio when opened on this thread. Raw mode is entered later, by the session, before the first sentence plays,
     * so keys work from its first moment.
     * Opening it changes nothing on the terminal. A fetch that watches the keys gets the same terminal
     * ({@link Hark#once}).
     */
    private Background<ListeningTerminal> openTerminal() {
        boolean articleOnStdin = "-".equals(article);
        return Background.start("hark-open-terminal", () -> {
            try {
                return hark.terminals.openForListening(articleOnStdin, hark.out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A terminal opened for a session that never ran (the article could not be read): nothing to restore. */
    private static void closeUnused(ListeningTerminal terminal) {
        try {
            terminal.close();
        } catch (IOException e) {
            // it was never put in raw mode
        }
    }

    private int readAloud(VoiceCatalog catalog, VoiceSpec chosen, WarmVoice voices, Background<AudioSink> sound,
                          Background<ListeningTerminal> terminal, WavTarget target) {
        // Read before the command line was parsed, when it is this article (issue 12); else read here.
        Optional<Reading> early = hark.takeEarlyArticle().take(article, flags.captions, chosen.freettsVoice());
        Reading reading = early.orElseGet(() -> {
            Pipeline pipeline = new Pipeline(hark.in, new ExtractionOptions(flags.captions), chosen.freettsVoice(),
                    hark.environment, debug ? hark.err : null);
            return pipeline.reading(hark.waiting().source(pipeline, article));
        });
        if (!Language.isProbablyEnglish(reading.languageSample())) {
            hark.err.println("hark: this article does not look like English; it is read with English rules, "
                    + "and letters the voice cannot say are left out");
        }
        if (debug) {
            Pipeline.reportLexiconFailure(hark.err);
        }
        if (target != null) {
            return render(reading.wholeScript(), chosen, voices, target); // -o renders the whole text
        }
        PlaybackSettings settings = new PlaybackSettings(speed, chosen, catalog.all(), plain);
        PositionStore positions = new PositionStore(hark.environment.stateDir().resolve("positions"),
                warning -> hark.err.println("hark: " + warning));
        String key = reading.key();
        SavedReading saved = positions.load(key);
        // A saved place or bookmark is of the whole text, so only a fresh reading starts on a long text's beginning.
        boolean fresh = (fromStart || saved.position().isEmpty()) && saved.bookmarks().isEmpty();
        Script script = fresh || reading.isWhole() ? reading.script() : reading.wholeScript();
        try (AudioSink sink = sound.take(); ListeningTerminal listening = take(terminal)) {
            ListenSession session = Pipeline.listening(script, settings, voices, sink, listening.terminal(), hark.environment)
                    .withBookmarks(saved.bookmarks());
            if (script == reading.script() && !reading.isWhole()) {
                session.growingTo(reading.whole(), reading.countRest()); // the rest of a long text, once cleaned
            }
            if (!listening.keys()) {
                session.withoutKeys();
            }
            if (listening.plainLines() != null) {
                session.plainLinesTo(listening.plainLines());
            }
            if (changesOnly) {
                session.changesOnly();
            }
            if (!fromStart) {
                saved.position().ifPresent(session::startAt);
            }
            // Even when the session fails (a voice that will not load) or a signal ends it, keep the place and the
            // bookmarks; once, whichever of the normal exit and the signal's shutdown hook gets there first.
            Runnable save = new Once(() -> positions.save(key, afterSession(session, saved)));
            session.onSignal(save);
            try {
                return session.run();
            } catch (HarkException e) {
                throw e.exitCode() == HarkException.AUDIO ? savedAfterAudioFailure(e, session) : e;
            } finally {
                save.run();
            }
        } catch (IOException e) {
            throw new HarkException(HarkException.INPUT, "could not open the terminal: " + e.getMessage());
        }
    }

    private static ListeningTerminal take(Background<ListeningTerminal> terminal) throws IOException {
        try {
            return terminal.take();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Runs its action the first time only; a second caller waits until the first has finished, so the JVM does
     * not halt (after a signal) in the middle of the save the normal exit path began.
     */
    private static final class Once implements Runnable {
        private final Runnable action;
        private boolean done;

        Once(Runnable action) {
            this.action = action;
        }

        @Override
        public synchronized void run() {
            if (!done) {
                done = true;
                action.run();
            }
        }
    }

    /** The chosen voice; when the config file named an unknown one, the message says so. */
    private VoiceSpec requireVoice(VoiceCatalog catalog) {
        try {
            return catalog.require(voice);
        } catch (HarkException e) {
            CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
            boolean fromFile = userSettings.has("voice") && (parsed == null || !parsed.hasMatchedOption("--voice"));
            if (!fromFile) {
                throw e;
            }
            throw new HarkException(e.exitCode(), userSettings.file() + ": voice = " + voice + ": " + e.getMessage()
                    + "; fix that line or give --voice");
        }
    }

    /** The sound device failed mid-playback: the one line also says that the place is kept, and where. */
    private static HarkException savedAfterAudioFailure(HarkException e, ListenSession session) {
        return new HarkException(e.exitCode(), e.getMessage() + "; the place is saved, and the next run resumes "
                + "at paragraph " + session.stoppedAtParagraphNumber(), e);
    }

    /**
     * Q remembers where the listener stopped, as mpv's Q does, and so do a signal and a failed sound device; hearing
     * the end forgets it; q leaves it be.
     */
    private static SavedReading afterSession(ListenSession session, SavedReading before) {
        Optional<Position> position = session.keepsPlace() ? Optional.of(session.stoppedAt())
                : session.reachedEnd() ? Optional.empty() : before.position();
        return new SavedReading(position, session.bookmarks());
    }

    private VoiceSpec withGap(VoiceSpec v) {
        if (sentenceGap == null) {
            return v;
        }
        return new VoiceSpec(v.name(), v.description(), v.freettsVoice(), v.pitch(), v.pitchRange(),
                v.wordsPerMinute(), sentenceGap, Math.max(sentenceGap, v.paragraphGapMs()));
    }

    /** Streams the render into the target sentence by sentence; the file appears under its name when complete. */
    private int render(Script script, VoiceSpec chosen, WarmVoice voices, WavTarget target) {
        try (Synthesizer synth = voices.apply(chosen)) {
            WavStream wav = new WavStream(target.stream(), FreeTtsSynthesizer.OUTPUT_RATE);
            double seconds;
            try {
                seconds = Pipeline.render(script, chosen, synth, speed, wav);
            } catch (IOException e) {
                throw target.failed(e);
            }
            target.commit(wav);
            hark.err.printf("Wrote %s: %.0f seconds of audio at %sx.%n", target.shown(), seconds, speed);
            return 0;
        }
    }
}
