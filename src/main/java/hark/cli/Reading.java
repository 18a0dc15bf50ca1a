package hark.cli;

import hark.HarkException;
import hark.article.Article;
import hark.resume.PositionStore;
import hark.script.Language;
import hark.script.Script;
import hark.source.Source;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * An article read for listening: what listening keeps of it. For a long text ({@link LongText}) the script is its
 * beginning's, which the voice can start on, and {@code whole} completes with the whole text's script, cleaned and
 * split on a thread of its own once {@code countRest} is run (issue 12); for any other, {@code whole} is already
 * complete with {@code script}. The source's text and the article's blocks, each as large as the page (10 MB at the
 * fetch limit), are not kept: they die once the script is written, or once the whole's thread is done with them
 * (issue 12, peak memory).
 *
 * @param key the whole source's resume key ({@link PositionStore#keyOf})
 * @param languageSample the start of the article's text, for the language check ({@link Language#SAMPLE} characters)
 * @param script the script to start playing
 * @param whole the whole article's script, or the failure that ended its cleaning
 * @param countRest starts the whole's cleaning, the first time it is run: the player runs it once the first
 *     sentence is playing, so that the second of cleaning does not take the two cores from the first sentence
 */
record Reading(String key, String languageSample, Script script, CompletableFuture<Script> whole, Runnable countRest) {
    /**
     * Cleans and splits {@code source}: a long text's beginning here, and the whole on a daemon thread of its own
     * when {@link #countRest} is run; any other source whole here.
     */
    static Reading of(Source source, Function<Source, Article> clean, Function<Article, Script> write) {
        Optional<Source> beginning = LongText.beginning(source);
        if (beginning.isEmpty()) {
            return whole(source, clean, write);
        }
        Article article;
        Script script;
        try {
            article = clean.apply(beginning.get());
            script = write.apply(article);
        } catch (HarkException e) {
            return whole(source, clean, write); // the beginning alone had no article text; the whole may
        }
        if (script.paragraphs().isEmpty()) {
            return whole(source, clean, write);
        }
        CompletableFuture<Script> whole = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                whole.complete(write.apply(clean.apply(source)));
            } catch (Throwable t) {
                whole.completeExceptionally(t);
            }
        }, "hark-whole-text");
        thread.setDaemon(true);
        AtomicBoolean started = new AtomicBoolean();
        Runnable countRest = () -> {
            if (started.compareAndSet(false, true)) {
                thread.start();
            }
        };
        return new Reading(PositionStore.keyOf(source), sample(article), script, whole, countRest);
    }

    private static Reading whole(Source source, Function<Source, Article> clean, Function<Article, Script> write) {
        Article article = clean.apply(source);
        return complete(source, article, write.apply(article));
    }

    /** A reading with nothing more to come. */
    static Reading complete(Source source, Article article, Script script) {
        return new Reading(PositionStore.keyOf(source), sample(article), script, CompletableFuture.completedFuture(script),
                () -> {});
    }

    private static String sample(Article article) {
        return article.toPlainText(Language.SAMPLE);
    }

    /** @return true when {@link #script} is the whole article's: it was not long, so nothing more comes */
    boolean isWhole() {
        return whole.isDone() && !whole.isCompletedExceptionally() && whole.join() == script;
    }

    /** Waits for the whole script; its failure is rethrown as the whole's cleaning threw it. */
    Script wholeScript() {
        countRest.run();
        try {
            return whole.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new HarkException(HarkException.INPUT, "could not read the article: " + e.getCause());
        }
    }
}
