package hark.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step that throws is skipped for the listener, but reported (with its name and input) when strict, as in tests. */
class EnglishNormalizerSafetyNetTest {
    private static final Rewrite BROKEN = text -> {
        throw new IllegalArgumentException("bug");
    };

    @Test
    void forAListenerABrokenStepIsSkippedAndTheSentenceStillSpoken() {
        EnglishNormalizer normalizer = new EnglishNormalizer(List.of(BROKEN, new Speakable()), false);
        assertThat(normalizer.speakable("Still Here")).isEqualTo("still here");
    }

    @Test
    void aSkippedStepIsReportedToWhoeverAsks() {
        List<String> skips = new ArrayList<>();
        EnglishNormalizer normalizer = new EnglishNormalizer(List.of(BROKEN, new Speakable()), false)
                .reportingSkips(skips::add);
        assertThat(normalizer.speakable("Still Here")).isEqualTo("still here");
        assertThat(skips).singleElement().asString().contains("skipped on \"Still Here\"");
    }

    @Test
    void whenStrictABrokenStepFailsLoudlyNamingItsInput() {
        EnglishNormalizer normalizer = new EnglishNormalizer(List.of(BROKEN, new Speakable()), true);
        assertThatThrownBy(() -> normalizer.speakable("Still Here"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Still Here")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void testsRunStrict() {
        assertThat(EnglishNormalizerSafetyNetTest.class.desiredAssertionStatus())
                .as("surefire enables assertions, so the shipped normalizer is strict in every test").isTrue();
    }
}
