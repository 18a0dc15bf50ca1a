package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The splitter looks for web and e-mail addresses only in text that may hold one (issue 12): the quick test must
 * never say no where the pattern finds an address, or an address's dots would end sentences.
 */
class WebAddressFilterTest {
    private static final Pattern WEB = Pattern.compile(
            "(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
            Pattern.CASE_INSENSITIVE);
    private static final String ALPHABET = "wWx.:/@ab1-";

    @Test
    void everyTextThePatternFindsAnAddressInIsLookedAt() {
        Random random = new Random(12);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (WEB.matcher(text).find()) {
                found++;
                assertThat(EnglishSentenceSplitter.mayHoldWebAddress(text.toString())).as(text.toString()).isTrue();
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void plainProseIsNotLookedAt() {
        assertThat(EnglishSentenceSplitter.mayHoldWebAddress("Mr. Smith left at 5 p.m. on Friday. Nobody saw him."))
                .isFalse();
        assertThat(EnglishSentenceSplitter.mayHoldWebAddress("See WWW.Example.com today.")).isTrue();
        assertThat(EnglishSentenceSplitter.mayHoldWebAddress("Write to a@b.org.")).isTrue();
    }
}
