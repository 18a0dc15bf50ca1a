package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import hark.HarkException;
import hark.article.Article;
import hark.article.ExtractionOptions;
import hark.extraction.Extraction;
import hark.script.EnglishNormalizer;
import hark.script.EnglishSentenceSplitter;
import hark.script.Paragraph;
import hark.script.PronunciationDictionary;
import hark.script.Script;
import hark.script.ScriptWriter;
import hark.script.Sentence;
import hark.source.Source;
import hark.TerminalText;
import hark.source.Sources;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The invariants every fuzzed input must keep, source to script: no exception but a one-line {@link HarkException};
 * a time bound per 100 KB of input (a per-try timeout, generous for a busy 2-core machine, not a speed test);
 * every word the cleaner keeps was in the input; every spoken form holds only what the voice can say.
 */
final class PipelineFuzzing {
    /** The time bound: a base for start-up plus this much per 100 KB. */
    static final Duration BASE = Duration.ofSeconds(5);
    static final Duration PER_100_KB = Duration.ofSeconds(5);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\s]+");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+");
    private static final Pattern IMAGE = Pattern.compile("<(?:img|/img|svg|/svg)\\b[^<>]*>");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPEAKABLE = Pattern.compile("[a-z' .,;:!?]*");

    private static final Extraction EXTRACTION = new Extraction(ExtractionOptions.DEFAULT);
    private static final ScriptWriter WRITER = new ScriptWriter(new EnglishSentenceSplitter(),
            new EnglishNormalizer(PronunciationDictionary.empty()));

    private PipelineFuzzing() {}

    static Duration boundFor(String input) {
        return BASE.plus(PER_100_KB.multipliedBy(input.length() / 100_000 + 1));
    }

    /** Runs the input through extraction and script writing within the bound, and checks the invariants. */
    static void check(String input) {
        Script script = assertTimeoutPreemptively(boundFor(input), () -> run(input));
        if (script == null) {
            return; // no article in it: refused in one line, which run() checked
        }
        Source source = read(input);
        Set<String> inputWords = new HashSet<>();
        for (String variant : variants(source.text())) {
            inputWords.addAll(source.format() == Source.Format.HTML ? htmlWords(variant) : words(variant));
        }
        for (Paragraph paragraph : script.paragraphs()) {
            for (Sentence sentence : paragraph.sentences()) {
                // Latin-script words only: scripts written without spaces (CJK) are rightly joined across a wrapped
                // line by the paste cleaner, so their "words" have no fixed edges to compare.
                for (String word : words(sentence.text()).stream().filter(w -> LATIN_WORD.matcher(w).matches()).toList()) {
                    assertThat(inputWords).as("a word the cleaner output, in: %s", sentence.text()).contains(word);
                }
                assertThat(sentence.spoken()).matches(SPEAKABLE);
            }
        }
    }

    /**
     * The input as the cleaner may fairly see it: as is, without escape sequences (which never reach the listener),
     * and without invisible characters (a zero-width space or a control inside a word joins its two halves).
     */
    private static List<String> variants(String text) {
        String sanitized = TerminalText.sanitize(text);
        // Weakest view: only letters, digits and white space, in order. The cleaner may join two halves of a word
        // when it drops a symbol between them ("a😀b" gives "ab"); a word made of letters that were never
        // side by side in this view is still caught.
        String lettersOnly = NOT_WORD_OR_SPACE.matcher(sanitized).replaceAll("");
        // An image inside a word ("é<img>é") is left out and the word closes up, as on screen.
        String withoutImages = IMAGE.matcher(sanitized).replaceAll("");
        return List.of(text, sanitized, INVISIBLE.matcher(text).replaceAll(""), INVISIBLE.matcher(sanitized).replaceAll(""),
                lettersOnly, withoutImages, NOT_WORD_OR_SPACE.matcher(withoutImages).replaceAll(""));
    }

    /** Reads the input as stdin, the way `xclip -o | hark -` does: decoded, sniffed, made stream-safe. */
    private static Source read(String input) {
        return new Sources(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))).read("-");
    }

    private static Script run(String input) {
        Article article;
        try {
            article = EXTRACTION.extract(read(input));
        } catch (HarkException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(e.exitCode()).isEqualTo(HarkException.INPUT);
            return null;
        }
        return WRITER.write(article);
    }

    /** The words of the text and of every attribute, after entities are decoded: metadata can come from both. */
    private static Set<String> htmlWords(String html) {
        Set<String> words = new HashSet<>(words(Parser.unescapeEntities(html, false)));
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        words.addAll(words(doc.wholeText()));
        words.addAll(words(doc.text()));
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> words.addAll(words(a.getValue())));
            words.addAll(words(e.data()));
        }
        return words;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        // Combining marks are compared apart from their letters: the source keeps at most 30 in a row.
        String letters = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        Matcher m = WORD.matcher(letters.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
