package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.SharedData;
import hark.article.Article;
import hark.article.ExtractionOptions;
import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.source.Source;
import hark.voice.VoiceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article read before the command line is parsed is the one the listening command would have read itself:
 * the same source, article and script, sentence for sentence, spoken forms included.
 */
class EarlyArticleTest {
    @TempDir
    Path dir;

    @Test
    void theExampleArticleReadEarlyIsTheSameAsReadByTheCommand() {
        assertSameAsEager("examples/welcome.html", false);
        assertSameAsEager("examples/welcome.html", true);
    }

    @Test
    void theSeedArticleReadEarlyIsTheSameAsReadByTheCommand() {
        Path seed = SharedData.require("fixtures/seed").resolve("scmp-gsomia.txt");
        assertSameAsEager(seed.toString(), false);
    }

    @Test
    void aLongTextReadEarlyIsTheSameAsReadByTheCommand() throws IOException {
        Random random = new Random(12);
        String[] subjects = {"The river", "Our small town", "The committee", "Dr. Ellis", "The U.S. office"};
        String[] verbs = {"grew by 12% in 1987", "cost about $4.5 million", "closed at 6 p.m. on Sundays",
                "was described in chapter IV", "waited for the first light"};
        StringBuilder text = new StringBuilder("A Long Walk Through Ordinary Things\n\n");
        while (text.length() < 150_000) {
            for (int i = 0; i < 5; i++) {
                text.append(subjects[random.nextInt(subjects.length)]).append(' ')
                        .append(verbs[random.nextInt(verbs.length)]).append(". ");
            }
            text.append("\n\n");
        }
        Path file = Files.writeString(dir.resolve("long.txt"), text);
        assertSameAsEager(file.toString(), false);
    }

    @Test
    void aTextOverTheLongLimitStartsOnItsBeginningAndItsWholeIsTheSameAsReadByTheCommand() throws IOException {
        StringBuilder text = new StringBuilder("A Book\n\n");
        for (int i = 0; text.length() <= LongText.LONG; i++) {
            text.append("Chapter ").append(i).append(" began at 6 p.m. on a Sunday, and it cost $4.5 million. ")
                    .append("Dr. Ellis wrote it down.\n\n");
        }
        Path file = Files.writeString(dir.resolve("book.txt"), text);
        Reading read = early(file.toString(), false).take(file.toString(), false, VoiceCatalog.DEFAULT_VOICE)
                .orElseThrow();
        assertThat(read.isWhole()).isFalse();
        Pipeline eager = new Pipeline(InputStream.nullInputStream(), new ExtractionOptions(false),
                VoiceCatalog.DEFAULT_VOICE, hark.Environment.system(), null);
        Script script = eager.script(eager.article(eager.source(file.toString())));
        List<String> beginning = shape(read.script());
        assertThat(shape(script).subList(0, beginning.size())).isEqualTo(beginning);
        assertThat(read.wholeScript()).isEqualTo(script);
    }

    @Test
    void itIsHandedOutOnceAndOnlyForTheArticleOptionsAndVoiceItWasReadFor() {
        String welcome = "examples/welcome.html";
        String kevin = VoiceCatalog.DEFAULT_VOICE;
        assertThat(early(welcome, false).take(welcome, true, kevin)).isEmpty();
        assertThat(early(welcome, false).take("examples/other.html", false, kevin)).isEmpty();
        assertThat(early(welcome, false).take(welcome, false, "mbrola_us1")).isEmpty();
        EarlyArticle once = early(welcome, false);
        assertThat(once.take(welcome, false, kevin)).isPresent();
        assertThat(once.take(welcome, false, kevin)).isEmpty();
    }

    @Test
    void onlyAFileIsReadEarlyAndAFailureLeavesTheReadingToTheCommand() throws IOException {
        assertThat(EarlyArticle.start(guess("-", false), hark.Environment.system())).isSameAs(EarlyArticle.none());
        assertThat(EarlyArticle.start(guess("https://example.com/a", false), hark.Environment.system())).isSameAs(EarlyArticle.none());
        assertThat(EarlyArticle.start(guess(dir.resolve("missing.html").toString(), false), hark.Environment.system()))
                .isSameAs(EarlyArticle.none());
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0, 9});
        assertThat(early(binary.toString(), false).take(binary.toString(), false, VoiceCatalog.DEFAULT_VOICE))
                .isEmpty();
    }

    private static EarlyArticle early(String article, boolean captions) {
        return EarlyArticle.start(guess(article, captions), hark.Environment.system());
    }

    private static StartGuess guess(String article, boolean captions) {
        return new StartGuess(article, Optional.empty(), captions);
    }

    private static void assertSameAsEager(String article, boolean captions) {
        Reading read = early(article, captions)
                .take(article, captions, VoiceCatalog.DEFAULT_VOICE).orElseThrow();
        Pipeline eager = new Pipeline(InputStream.nullInputStream(), new ExtractionOptions(captions),
                VoiceCatalog.DEFAULT_VOICE, hark.Environment.system(), null);
        Source source = eager.source(article);
        Article text = eager.article(source);
        Script script = eager.script(text);
        assertThat(read.key()).isEqualTo(hark.resume.PositionStore.keyOf(source));
        assertThat(read.isWhole()).isTrue();
        assertThat(read.languageSample()).isEqualTo(text.toPlainText(hark.script.Language.SAMPLE));
        assertThat(read.script().title()).isEqualTo(script.title());
        assertThat(shape(read.script())).isEqualTo(shape(script));
        // Sentence equality compares the spoken forms, working out any not yet known.
        assertThat(read.script()).isEqualTo(script);
    }

    /** Paragraph kinds and sentence texts: what navigation and saved places count on. */
    private static List<String> shape(Script script) {
        List<String> shape = new ArrayList<>();
        for (Paragraph p : script.paragraphs()) {
            shape.add(p.kind().name());
            p.sentences().stream().map(Sentence::text).forEach(shape::add);
        }
        return shape;
    }
}
