package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Allocated;
import org.junit.jupiter.api.Test;

class SentenceTest {
    @Test
    void aLazySentenceIsNormalizedOnceOnFirstUse() {
        int[] calls = {0};
        Sentence s = Sentence.lazy("It cost $5.", text -> {
            calls[0]++;
            return "It cost five dollars.";
        });
        assertThat(s.isNormalized()).isFalse();
        assertThat(s.spoken()).isEqualTo("It cost five dollars.");
        assertThat(s.spoken()).isEqualTo("It cost five dollars.");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(s.isNormalized()).isTrue();
    }

    /**
     * A lazy sentence costs what a normalized one does, with no function made for each: a 10 MB page has 141,000
     * sentences, all held while it plays (issue 12, peak memory). Counted as bytes allocated, against the other kind.
     */
    @Test
    void aLazySentenceAllocatesNoMoreThanANormalizedOne() throws Exception {
        SpeechNormalizer normalizer = text -> text;
        Sentence[] made = new Sentence[10_000];
        long lazy = Allocated.bytesBy(() -> {
            for (int i = 0; i < made.length; i++) {
                made[i] = Sentence.lazy("Text.", normalizer);
            }
        });
        long known = Allocated.bytesBy(() -> {
            for (int i = 0; i < made.length; i++) {
                made[i] = new Sentence("Text.", "Text.");
            }
        });
        assertThat(lazy).isLessThanOrEqualTo(known + 1024);
    }
}
