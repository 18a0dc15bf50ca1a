package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import hark.article.Article;
import hark.article.ExtractionOptions;
import hark.player.ScriptMap;
import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.source.Source;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A long text's beginning is ready to play before the whole is cleaned, and agrees with the whole (issue 12). */
class ReadingTest {
    private final Pipeline pipeline = new Pipeline(InputStream.nullInputStream(), new ExtractionOptions(false),
            text -> text);

    /** Over 256 KB of paragraphs of made-up sentences, as a book-length paste. */
    private static Source longText() {
        Random random = new Random(12);
        String[] subjects = {"The river", "Our small town", "The committee", "Dr. Ellis", "The U.S. office"};
        String[] verbs = {"grew by 12% in 1987", "cost about $4.5 million", "closed at 6 p.m. on Sundays",
                "was described in chapter IV", "waited for the first light"};
        StringBuilder text = new StringBuilder("A Long Walk Through Ordinary Things\n\n");
        while (text.length() <= LongText.LONG) {
            for (int i = 0; i < 5; i++) {
                text.append(subjects[random.nextInt(subjects.length)]).append(' ')
                        .append(verbs[random.nextInt(verbs.length)]).append(". ");
            }
            text.append("\n\n");
        }
        return new Source("long.txt", text.toString(), Source.Format.TEXT, "");
    }

    @Test
    void aLongTextsBeginningIsReadyWhileTheWholeIsStillBeingCleaned() throws Exception {
        Source source = longText();
        CountDownLatch wholeStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<Source, Article> clean = s -> {
            if (s.text().length() == source.text().length()) {
                wholeStarted.countDown();
                await(release); // the whole's cleaning is held here until the test has looked
            }
            return pipeline.article(s);
        };
        Reading reading = Reading.of(source, clean, pipeline::script);
        assertThat(wholeStarted.getCount()).as("the whole waits until the player asks").isEqualTo(1);
        reading.countRest().run();
        assertThat(wholeStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reading.whole()).isNotDone();
        assertThat(reading.isWhole()).isFalse();
        assertThat(reading.script().title()).isEqualTo("A Long Walk Through Ordinary Things");
        assertThat(reading.script().paragraphs().size()).isGreaterThan(10); // the sentences to start speaking
        release.countDown();
        Script whole = reading.whole().get(10, TimeUnit.SECONDS);
        assertThat(new ScriptMap(whole).size()).isGreaterThan(10 * new ScriptMap(reading.script()).size());
    }

    @Test
    void theBeginningsScriptIsTheStartOfTheWholeTextsScript() {
        Source source = longText();
        Reading reading = pipeline.reading(source);
        Script whole = reading.wholeScript();
        assertThat(whole).isEqualTo(pipeline.script(pipeline.article(source)));
        List<String> beginning = shape(reading.script());
        assertThat(shape(whole).subList(0, beginning.size())).isEqualTo(beginning);
        ScriptMap start = new ScriptMap(reading.script());
        assertThat(start.sameBefore(new ScriptMap(whole))).isEqualTo(start.size());
    }

    @Test
    void aShortTextIsReadWholeAtOnce() {
        Source source = new Source("-", "Title\n\nA short paragraph of text to read.", Source.Format.TEXT, "");
        Reading reading = pipeline.reading(source);
        assertThat(reading.isWhole()).isTrue();
        assertThat(reading.wholeScript()).isSameAs(reading.script());
    }

    @Test
    void aBeginningWithNoArticleTextInItIsReadWhole() {
        Source source = longText();
        Function<Source, Article> clean = s -> {
            if (s.text().length() < source.text().length()) {
                throw new HarkException(HarkException.INPUT, "no article text found");
            }
            return pipeline.article(s);
        };
        Reading reading = Reading.of(source, clean, pipeline::script);
        assertThat(reading.isWhole()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
