package hark.cli;

import hark.Environment;
import hark.article.Article;
import hark.article.ExtractionOptions;
import hark.voice.VoiceCatalog;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code sentences} and {@code spoken} read, a picocli mixin so both declare it once. An ARTICLE (a file, a
 * URL or {@code -}) is read and cleaned exactly as {@code hark text} and the player read it. With no ARTICLE,
 * stdin is taken as plain text and not cleaned: that is the filter form, {@code echo "It cost $5." | hark spoken},
 * which the speech dev sets use; cleaning would drop or merge short unrelated lines. {@code --raw} turns cleaning
 * off for any input.
 */
final class SpeechInput {
    @Parameters(arity = "0..1", paramLabel = "ARTICLE", description = {"An http(s) URL, an HTML or text file, or - "
            + "for stdin, cleaned as `hark text` cleans it.", "With no ARTICLE, stdin is read as plain text and not "
            + "cleaned."})
    String article;

    @Option(names = "--raw", description = "Do not clean: take the text as it arrived (HTML source included).")
    boolean raw;

    @Mixin
    ArticleFlags flags;

    /** True when the input is cleaned into an article first. */
    boolean cleaned() {
        return article != null && !raw;
    }

    /** @param debug where --debug's lines go, or null */
    Pipeline pipeline(InputStream stdin, Environment environment, PrintWriter debug) {
        return new Pipeline(stdin, new ExtractionOptions(flags.captions), VoiceCatalog.DEFAULT_VOICE, environment,
                debug);
    }

    /** The cleaned article; only when {@link #cleaned()}. */
    Article article(Pipeline pipeline, Waiting waiting) {
        return pipeline.article(waiting.source(pipeline, article));
    }

    /** The text as it arrived, decoded (charset detection, binaries refused, one-line errors) but not cleaned. */
    String rawText(Pipeline pipeline, Waiting waiting) {
        return waiting.source(pipeline, article == null ? "-" : article).text();
    }
}
