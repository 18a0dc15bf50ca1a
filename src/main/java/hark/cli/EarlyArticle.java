package hark.cli;

import hark.Environment;
import hark.article.ExtractionOptions;
import hark.script.Paragraph;
import hark.script.PronunciationDictionary;
import hark.script.Script;
import hark.script.Sentence;
import hark.script.SpeechNormalizer;
import hark.source.Sources;
import hark.voice.VoiceCatalog;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A local article read, cleaned and split from the process's first moment (issue 12), beside the voice's load and
 * while picocli parses the command line: {@link Main} starts it when the arguments look like listening to a file
 * ({@link StartGuess}). It goes through the same {@link Pipeline} steps, with the default voice's pronunciations;
 * the listening command takes the result only when its parsed article, {@code --captions} and FreeTTS voice are the
 * ones guessed, and otherwise (or when an early step failed) reads the article itself, so a wrong guess or an
 * error costs time, never behaviour: errors are reported by the command's own reading.
 *
 * <p>A long text is read as {@link Pipeline#reading} reads it: its beginning here, the whole once the player asks.
 *
 * <p>Only a file is read early: an address is fetched (with its own feedback, and q to stop it), and stdin is read
 * once. After handing over the script the thread goes on to work out the first sentences' spoken forms, which
 * loads the normalizer's rules before the player asks for them; a sentence's spoken form is the same whichever
 * thread works it out ({@link Sentence}). A daemon thread that prints nothing. Thread-safe; the result is handed
 * out at most once.
 */
final class EarlyArticle {
    /** About what the player synthesizes ahead before the first sentence plays. */
    private static final int WARM_SENTENCES = 3;
    private static final EarlyArticle NONE = new EarlyArticle(null, null);

    private final StartGuess guess;
    private final CompletableFuture<Reading> read; // null when nothing was started
    private boolean taken; // guarded by this

    private EarlyArticle(StartGuess guess, CompletableFuture<Reading> read) {
        this.guess = guess;
        this.read = read;
    }

    static EarlyArticle none() {
        return NONE;
    }

    /** Starts reading the guessed article if it is a file. */
    static EarlyArticle start(StartGuess guess, Environment environment) {
        if (!isFile(guess.article())) {
            return NONE;
        }
        CompletableFuture<Reading> read = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Reading done;
            try {
                // The pronunciations now, so that a bad line in them fails here and the command reports it; the
                // English rules (a third of a second of start-up) when first used, after the script is handed over.
                PronunciationDictionary pronunciations = PronunciationDictionary.forVoice(VoiceCatalog.DEFAULT_VOICE,
                        environment);
                Pipeline pipeline = new Pipeline(InputStream.nullInputStream(),
                        new ExtractionOptions(guess.captions()), new Deferred(pronunciations));
                // A long text's beginning only, with the whole cleaned on a thread of its own.
                done = pipeline.reading(pipeline.source(guess.article()));
            } catch (Throwable t) {
                read.completeExceptionally(t);
                return;
            }
            read.complete(done);
            warm(done.script());
        }, "hark-early-article");
        thread.setDaemon(true);
        thread.start();
        return new EarlyArticle(guess, read);
    }

    private static boolean isFile(String argument) {
        if ("-".equals(argument) || Sources.isWebAddress(argument) || argument.contains("://")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The normalizer {@link Pipeline} makes, made when first used: its rules' patterns compile in their classes'
     * initializers, which the script's writing does not need, since it leaves the spoken forms for later.
     */
    private static final class Deferred implements SpeechNormalizer {
        private final PronunciationDictionary pronunciations;
        private SpeechNormalizer made; // guarded by this

        Deferred(PronunciationDictionary pronunciations) {
            this.pronunciations = pronunciations;
        }

        private synchronized SpeechNormalizer made() {
            if (made == null) {
                made = Pipeline.normalizer(pronunciations, null);
            }
            return made;
        }

        @Override
        public String speakable(String text) {
            return made().speakable(text);
        }
    }

    /** The first sentences' spoken forms, worked out now rather than when the player first asks. */
    private static void warm(Script script) {
        int left = WARM_SENTENCES;
        try {
            for (Paragraph p : script.paragraphs()) {
                for (Sentence s : p.sentences()) {
                    if (left-- == 0) {
                        return;
                    }
                    s.spoken();
                }
            }
        } catch (RuntimeException e) {
            // the player works it out again, and meets the same failure where it always did
        }
    }

    /**
     * The early reading, waiting for it, if it is of this article, with these captions and for this FreeTTS voice's
     * pronunciations; empty if nothing was started, it was of something else, it failed, or it was taken before.
     */
    synchronized Optional<Reading> take(String article, boolean captions, String freettsVoice) {
        if (read == null || taken) {
            return Optional.empty();
        }
        taken = true;
        if (!guess.article().equals(article) || guess.captions() != captions
                || !VoiceCatalog.DEFAULT_VOICE.equals(freettsVoice)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read.join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
