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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.parser.Parser;

/**
 * The invariants every fuzzed input must keep, source to script: no exception but a one-line {@link HarkException};
 * a time bound per 100 KB of input (a per-try timeout, generous for a busy 2-core machine, not a speed test);
 * every word the cleaner keeps was in the input; every spoken form holds only what the voice can say.
 */
final class PipelineFuzzing {
    /**
     * The time bound, a hang guard and not a speed test: a base for start-up plus this much per 100 KB. Generous,
     * as CI shares two cores; a try takes well under 2 s there, and the cubic pattern this once caught took 10 s
     * on 1,000 characters and hours on 5,000.
     */
    static final Duration BASE = Duration.ofSeconds(30);
    static final Duration PER_100_KB = Duration.ofSeconds(10);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    /**
     * A surrogate with no partner: jsoup decodes "&#xD800;" to one (the HTML standard says U+FFFD). It is printed as
     * "?" (the UTF-8 encoder's replacement) and spoken as a space, so on the output side it parts words.
     */
    private static final Pattern LONE_SURROGATE = Pattern.compile("\\p{Cs}");
    private static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\s]+");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+");
    private static final Pattern IMAGE = Pattern.compile("<(?:img|/img)\\b[^<>]*>");
    /** Colour and bold (SGR): the one kind of sequence that may sit inside a word. */
    private static final Pattern STYLING = Pattern.compile("(?:\u001B\\[|\u009B)[0-9;:]*m");
    /** CSI, a string sequence (OSC, DCS...) up to its terminator on its line, or an introducer alone. */
    private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u009B[0-?]*[ -/]*[@-~]"
            + "|[\u001B][\\]PX^_][^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\\\|\u009C)"
            + "|[\u009D\u0090\u0098\u009E\u009F][^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\\\|\u009C)|\u001B[\\[\\]PX^_]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r\\f]]");
    /** Hidden or never drawn: a browser shows the text on either side of it side by side. */
    private static final String NOT_SHOWN = "[hidden], [aria-hidden=true], [style~=display: ?none], script, style,"
            + " template, noscript, head, title";
    private static final Set<String> BLOCKS = Set.of("html", "body", "address", "article", "aside", "blockquote",
            "br", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "menu", "center", "dialog");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
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
        for (String variant : variants(input)) {
            inputWords.addAll(source.format() == Source.Format.HTML ? htmlWords(variant) : words(variant));
        }
        for (Paragraph paragraph : script.paragraphs()) {
            for (Sentence sentence : paragraph.sentences()) {
                // Latin-script words only: scripts written without spaces (CJK) are rightly joined across a wrapped
                // line by the paste cleaner, so their "words" have no fixed edges to compare.
                String printed = LONE_SURROGATE.matcher(TerminalText.sanitize(sentence.text())).replaceAll("?");
                String shown = INVISIBLE.matcher(printed).replaceAll("");
                for (String word : words(shown).stream().filter(w -> LATIN_WORD.matcher(w).matches()).toList()) {
                    assertThat(inputWords).as("a word the cleaner output, in: %s", sentence.text()).contains(word);
                }
                assertThat(sentence.spoken()).matches(SPEAKABLE);
            }
        }
    }

    /**
     * The input as the cleaner may fairly see it. A control character or an escape sequence is a word boundary
     * (it must never join the words on either side of it; colour sequences excepted, which a terminal shows inside
     * a word); invisible format characters (zero-width spaces, bidi controls, a BOM) join their neighbours, as on
     * screen.
     */
    private static List<String> variants(String input) {
        // as the bytes hold it: a lone surrogate is encoded as "?"
        String text = new String(input.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String spaced = CONTROL.matcher(ESCAPE.matcher(STYLING.matcher(text).replaceAll("")).replaceAll(" "))
                .replaceAll(" ");
        List<String> variants = new ArrayList<>(List.of(text, spaced));
        // A zero-width space is a space on a page (where it marks a break) but joins in a paste; both are fair.
        // Written as a character reference ("&#x202E;"), an invisible character joins its neighbours just the same.
        String visible = withoutInvisibleReferences(spaced);
        for (String joined : List.of(INVISIBLE.matcher(visible).replaceAll(""),
                INVISIBLE.matcher(visible.replace('\u200B', ' ')).replaceAll(""))) {
            // Weakest view: only letters, digits and white space, in order. The cleaner may join two halves of a
            // word when it drops a symbol between them ("a😀b" gives "ab"); a word made of letters that were never
            // side by side in this view is still caught.
            String lettersOnly = NOT_WORD_OR_SPACE.matcher(joined).replaceAll("");
            // An image inside a word ("é<img>é") is left out and the word closes up, as on screen.
            String withoutImages = IMAGE.matcher(joined).replaceAll("");
            variants.addAll(List.of(joined, lettersOnly, withoutImages,
                    NOT_WORD_OR_SPACE.matcher(withoutImages).replaceAll("")));
        }
        return variants;
    }

    /** @return {@code text} without the numeric character references that stand for invisible format characters */
    private static String withoutInvisibleReferences(String text) {
        return NUMERIC_REFERENCE.matcher(text).replaceAll(m -> {
            int codePoint;
            try {
                codePoint = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                return Matcher.quoteReplacement(m.group());
            }
            boolean invisible = Character.isValidCodePoint(codePoint) && Character.getType(codePoint) == Character.FORMAT;
            return invisible ? "" : Matcher.quoteReplacement(m.group());
        });
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
        doc.select(NOT_SHOWN).remove();
        words.addAll(words(shownText(doc)));
        return words;
    }

    /** The text as a browser lays it out: inline elements run on, block elements and br stand apart. */
    private static String shownText(org.jsoup.nodes.Document doc) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append(' ');
                }
            }
        }, doc);
        return text.toString();
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
