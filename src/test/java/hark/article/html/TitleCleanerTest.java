package hark.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {
    @Test
    void stripsASiteNameAfterAPipeOrDash() {
        assertThat(TitleCleaner.clean("Seals return to the estuary | The Courier", List.of("The Courier"), List.of()))
                .isEqualTo("Seals return to the estuary");
        assertThat(TitleCleaner.clean("Seals return to the estuary - The Courier", List.of("The Courier"), List.of()))
                .isEqualTo("Seals return to the estuary");
    }

    @Test
    void stripsASiteNameBeforeAColonWhenItNamesTheSite() {
        assertThat(TitleCleaner.clean("Courier: Seals return to the estuary", List.of("courier.co.uk", "courier"),
                List.of())).isEqualTo("Seals return to the estuary");
    }

    @Test
    void keepsAColonThatIsPartOfTheHeadline() {
        assertThat(TitleCleaner.clean("Brexit: what happens next", List.of("The Courier"), List.of()))
                .isEqualTo("Brexit: what happens next");
    }

    @Test
    void stripsAShortUnnamedTailAfterAPipe() {
        assertThat(TitleCleaner.clean("Seals return to the estuary | Daily Bugle", List.of(), List.of()))
                .isEqualTo("Seals return to the estuary");
    }

    @Test
    void usesTheHeadlineTheTitleIsMadeOf() {
        assertThat(TitleCleaner.clean("Seals return to the estuary - Nature - News", List.of(),
                List.of("Seals return to the estuary"))).isEqualTo("Seals return to the estuary");
    }

    @Test
    void keepsATitleWithoutSeparators() {
        assertThat(TitleCleaner.clean("Seals return to the estuary", List.of("The Courier"), List.of()))
                .isEqualTo("Seals return to the estuary");
    }
}
