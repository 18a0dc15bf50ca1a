package hark.cli;

import hark.Environment;
import hark.TerminalText;
import hark.article.Article;
import hark.article.ExtractionOptions;
import hark.audio.AudioSink;
import hark.audio.WavStream;
import hark.extraction.Extraction;
import hark.keys.ListenSession;
import hark.player.PlaybackSettings;
import hark.player.WavRenderer;
import hark.script.EnglishNormalizer;
import hark.script.EnglishSentenceSplitter;
import hark.script.PronunciationDictionary;
import hark.script.Script;
import hark.script.ScriptWriter;
import hark.script.SentenceSplitter;
import hark.script.SpeechNormalizer;
import hark.source.Source;
import hark.source.Sources;
import hark.voice.FreeTtsLexicon;
import hark.speech.Synthesizer;
import hark.voice.VoiceCatalog;
import hark.voice.VoiceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Function;
import org.jline.terminal.Terminal;

/**
 * The whole pipeline in one place, top to bottom: source, then article, then script; then speech and audio into a
 * WAV file ({@link #render}) or into the player ({@link #listening}). {@link ListenCommand} decides which, and owns
 * what the command line adds around them (options, the threads that warm up the voice and the sound device, saved
 * places).
 */
final class Pipeline {
    private final Sources sources;
    private final Extraction extraction;
    private final SentenceSplitter splitter = new EnglishSentenceSplitter();
    private final SpeechNormalizer normalizer;

    /** With the default voice's pronunciations, and no debug output. */
    Pipeline(InputStream stdin, ExtractionOptions options, Environment environment) {
        this(stdin, options, VoiceCatalog.DEFAULT_VOICE, environment, null);
    }

    /**
     * @param freettsVoice whose {@code voices/NAME.pronunciations} apply, after the user's own
     * @param environment where the user's pronunciations and the shipped ones are
     * @param debug where --debug's lines go (a normalization step skipped because it failed), or null
     */
    Pipeline(InputStream stdin, ExtractionOptions options, String freettsVoice, Environment environment,
             PrintWriter debug) {
        this(stdin, options, normalizer(PronunciationDictionary.forVoice(freettsVoice, environment), debug));
    }

    /** With this normalizer for the script's spoken forms. */
    Pipeline(InputStream stdin, ExtractionOptions options, SpeechNormalizer normalizer) {
        this.sources = new Sources(stdin);
        this.extraction = new Extraction(options);
        this.normalizer = normalizer;
    }

    /** English rules after the pronunciations; under --debug, telling {@code debug} of each step skipped. */
    static SpeechNormalizer normalizer(PronunciationDictionary pronunciations, PrintWriter debug) {
        EnglishNormalizer english = new EnglishNormalizer(pronunciations);
        return debug == null ? english
                : english.reportingSkips(skip -> debug.println("hark: debug: " + TerminalText.line(skip)));
    }

    Source source(String argument) {
        return sources.read(ArticleAddress.checked(argument));
    }

    Article article(Source source) {
        return extraction.extract(source);
    }

    Article article(String argument) {
        return article(source(argument));
    }

    Script script(Article article) {
        return new ScriptWriter(splitter, normalizer).write(article);
    }

    /**
     * Source → article → script for listening. A long text's beginning is cleaned and split first, and the whole
     * on a thread of its own, so that the voice can start before the whole is done (issue 12); any other source is
     * read whole here.
     */
    Reading reading(Source source) {
        return Reading.of(source, this::article, this::script);
    }

    /**
     * Script → speech → audio → a WAV stream, sentence by sentence, at {@code speed}: the {@code -o} path.
     *
     * @return how many seconds of audio were written
     */
    static double render(Script script, VoiceSpec voice, Synthesizer synth, double speed, WavStream wav)
            throws IOException {
        new WavRenderer(synth, voice).render(script, speed, wav::write);
        return wav.seconds();
    }

    /**
     * Script → speech → audio → player: the session synthesizes each sentence ahead with the chosen voice, plays it
     * on {@code sink}, and takes the keys from {@code terminal} (the keyboard controller beside the player).
     */
    static ListenSession listening(Script script, PlaybackSettings settings, Function<VoiceSpec, Synthesizer> voices,
                                   AudioSink sink, Terminal terminal, Environment environment) {
        return new ListenSession(script, settings, voices, sink, terminal, environment.variables());
    }

    /**
     * Under --debug, says when FreeTTS's lexicon did not load: the normalizer then takes every word as unknown to
     * FreeTTS and goes on, which is otherwise silent.
     */
    static void reportLexiconFailure(PrintWriter err) {
        FreeTtsLexicon.get().failure().ifPresent(e -> {
            err.println("hark: debug: FreeTTS's CMU lexicon did not load (" + e + "); words are normalized as if "
                    + "FreeTTS knew none of them, so some may be spelled out or misread");
            e.printStackTrace(err);
        });
    }

    SentenceSplitter splitter() {
        return splitter;
    }

    SpeechNormalizer normalizer() {
        return normalizer;
    }
}
