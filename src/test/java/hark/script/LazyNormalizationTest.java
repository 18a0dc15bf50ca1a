package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import hark.SharedData;
import hark.article.Article;
import hark.article.Block;
import hark.article.BlockKind;
import hark.extraction.Extraction;
import hark.article.ExtractionOptions;
import hark.article.Metadata;
import hark.source.Sources;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 12: a script is split up front, but each sentence is normalized only when first spoken, and only once. */
class LazyNormalizationTest {
    private final EnglishNormalizer english = new EnglishNormalizer(PronunciationDictionary.empty());

    /** Counts every call, per text, and otherwise normalizes as the player does. */
    private final class Counting implements SpeechNormalizer {
        final AtomicInteger calls = new AtomicInteger();
        final ConcurrentHashMap<String, AtomicInteger> perText = new ConcurrentHashMap<>();

        @Override
        public String speakable(String text) {
            calls.incrementAndGet();
            perText.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
            return english.speakable(text);
        }
    }

    @Test
    void writingAScriptNormalizesNothingUntilASentenceIsSpoken() {
        Counting counting = new Counting();
        Script script = new ScriptWriter(new EnglishSentenceSplitter(), counting).write(new Article("Rates rise",
                Metadata.NONE, List.of(new Block(BlockKind.PARAGRAPH, "It cost $1.2bn. Mr. Esper met Moon."),
                        new Block(BlockKind.PARAGRAPH, "The pact expires on Nov 23."))));

        assertThat(counting.calls).hasValue(0);
        assertThat(sentences(script)).hasSize(4).noneMatch(Sentence::isNormalized);

        Sentence second = script.paragraphs().get(1).sentences().get(0);
        assertThat(second.spoken()).isEqualTo("it cost one point two billion dollars.");
        assertThat(second.spoken()).isEqualTo("it cost one point two billion dollars.");
        assertThat(counting.calls).hasValue(1);
        assertThat(sentences(script)).filteredOn(Sentence::isNormalized).containsExactly(second);
    }

    @Test
    void aSentenceWithoutAsciiLettersOrDigitsIsNormalizedNowAndDroppedIfSilentAsBefore() {
        Counting counting = new Counting();
        Script script = new ScriptWriter(new EnglishSentenceSplitter(), counting).write(new Article("",
                Metadata.NONE, List.of(new Block(BlockKind.PARAGRAPH, "😀 🎉"), new Block(BlockKind.PARAGRAPH, "* * *"),
                        new Block(BlockKind.PARAGRAPH, "Words here."))));
        assertThat(script.paragraphs()).hasSize(1);
        assertThat(sentences(script)).extracting(Sentence::text).containsExactly("Words here.");
        assertThat(counting.perText).containsOnlyKeys("😀 🎉", "* * *");
    }

    @Test
    void wordCountsTheWrittenWordsSoTheTimeEstimateNeedsNoNormalizing() {
        Counting counting = new Counting();
        Sentence s = Sentence.lazy("It cost $3.5m in 2019.", counting);
        assertThat(s.wordCount()).isEqualTo(Words.count("It cost $3.5m in 2019."));
        assertThat(counting.calls).hasValue(0);
    }

    @Test
    void lazySpokenFormsAreExactlyTheEagerOnesForTheExampleAndTheSeed() throws Exception {
        for (Path input : List.of(Path.of("examples/welcome.html"), SharedData.require("fixtures/seed/scmp-gsomia.txt"))) {
            Article article = new Extraction(ExtractionOptions.DEFAULT)
                    .extract(new Sources(InputStream.nullInputStream()).read(input.toString()));
            Script script = new ScriptWriter(new EnglishSentenceSplitter(), english).write(article);
            List<Sentence> all = sentences(script);
            assertThat(all).hasSizeGreaterThan(5);
            // in a shuffled order, as navigation may ask, and still the eager normalizer's words
            List<Sentence> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new Random(12));
            EnglishNormalizer fresh = new EnglishNormalizer(PronunciationDictionary.empty());
            for (Sentence s : shuffled) {
                assertThat(s.spoken()).as(s.text()).isEqualTo(fresh.speakable(s.text()));
            }
            // and the sentences heard are those the eager writer kept: every block split, silent ones left out
            List<String> eager = new ArrayList<>();
            for (Block block : article.blocks()) {
                new EnglishSentenceSplitter().split(block.text()).stream()
                        .filter(t -> !fresh.speakable(t).isBlank()).forEach(eager::add);
            }
            List<String> heard = all.stream().filter(s -> !s.spoken().isBlank()).map(Sentence::text).toList();
            assertThat(heard.subList(heard.size() - eager.size(), heard.size())).as(input.toString())
                    .isEqualTo(eager);
        }
    }

    @Test
    void manyThreadsAskingAtOnceNormalizeEachSentenceOnceAndAgree() throws Exception {
        Counting counting = new Counting();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sentences.add(Sentence.lazy("Sentence " + i + " cost $" + i + ".5m on Nov. " + (i % 28 + 1) + ".", counting));
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    List<Sentence> order = new ArrayList<>(sentences);
                    Collections.shuffle(order, new Random(seed));
                    start.await();
                    order.forEach(Sentence::spoken);
                    return sentences.stream().map(Sentence::spoken).toList();
                }));
            }
            start.countDown();
            List<String> expected = sentences.stream().map(s -> english.speakable(s.text())).toList();
            for (Future<List<String>> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counting.calls).hasValue(sentences.size());
        assertThat(counting.perText.values()).allMatch(n -> n.get() == 1);
    }

    private static List<Sentence> sentences(Script script) {
        return script.paragraphs().stream().flatMap(p -> p.sentences().stream()).toList();
    }
}
