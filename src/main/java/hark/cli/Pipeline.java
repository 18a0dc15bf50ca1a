package hark.cli;

import hark.article.Article;
import hark.extraction.Extraction;
import hark.article.ExtractionOptions;
import hark.script.EnglishNormalizer;
import hark.script.EnglishSentenceSplitter;
import hark.script.PronunciationDictionary;
import hark.script.Script;
import hark.script.ScriptWriter;
import hark.script.SentenceSplitter;
import hark.script.SpeechNormalizer;
import hark.source.Source;
import hark.source.Sources;
import hark.speech.FreeTtsLexicon;
import hark.voice.VoiceCatalog;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The whole pipeline in one place, top to bottom: source, then article, then script. Speech, audio and the player
 * take the script from here.
 */
final class Pipeline {
    private final Sources sources;
    private final Extraction extraction;
    private final SentenceSplitter splitter = new EnglishSentenceSplitter();
    private final SpeechNormalizer normalizer;

    /** With the default voice's pronunciations. */
    Pipeline(InputStream stdin, ExtractionOptions options) {
        this(stdin, options, VoiceCatalog.DEFAULT_VOICE);
    }

    /** @param freettsVoice whose {@code voices/NAME.pronunciations} apply, after the user's own */
    Pipeline(InputStream stdin, ExtractionOptions options, String freettsVoice) {
        this.sources = new Sources(stdin);
        this.extraction = new Extraction(options);
        this.normalizer = new EnglishNormalizer(PronunciationDictionary.forVoice(freettsVoice));
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
