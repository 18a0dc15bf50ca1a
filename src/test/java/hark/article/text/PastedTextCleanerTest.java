package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import hark.article.Article;
import hark.article.BlockKind;
import hark.article.text.PastedTextCleaner;
import hark.source.Source;
import org.junit.jupiter.api.Test;

class PastedTextCleanerTest {
    private static Article clean(String origin, String text) {
        return new PastedTextCleaner().extract(new Source(origin, text, Source.Format.TEXT, ""));
    }

    @Test
    void givesEachBlockItsKind() {
        Article article = clean("a.txt", """
                Breaking

                Storm closes ports along the coast as winds reach 150 km/h

                  • Ferries cancelled until Thursday

                By Ana Ruiz
                Published: 3 March 2024

                Ports from Brest to Bilbao were closed on Monday as the storm moved east across the Bay of Biscay.

                What happens next

                Forecasters expect the wind to ease by Wednesday evening, the weather service said.

                “Stay at home if you can.”

                Officials listed the closed roads:
                  • The coast road north of the city
                  • The bridge at the estuary
                """);
        assertThat(article.title()).isEqualTo("Storm closes ports along the coast as winds reach 150 km/h");
        assertThat(article.metadata().byline()).isEqualTo("Ana Ruiz");
        assertThat(article.metadata().published()).isEqualTo("3 March 2024");
        assertThat(article.blocks()).extracting(b -> b.kind()).containsExactly(BlockKind.STANDFIRST,
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PARAGRAPH,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
    }

    @Test
    void nothingButClutterIsAnInputErrorNamingTheOrigin() {
        assertThatThrownBy(() -> clean("clip.txt", "Advertisement\nShare\nSubscribe\n5 min read\n"))
                .isInstanceOf(HarkException.class)
                .hasMessageStartingWith("clip.txt: no article text found; ")
                .satisfies(e -> assertThat(((HarkException) e).exitCode()).isEqualTo(HarkException.INPUT));
    }

    @Test
    void stdinIsNamedAsStdin() {
        assertThatThrownBy(() -> clean("-", "Advertisement\n")).hasMessageStartingWith("stdin: no article text found");
    }

    @Test
    void aLongLoneLineIsReadAsAParagraph() {
        Article article = clean("one.txt", "AI has not changed much in security so far, and deep fake phishing is still rare, experts say\n");
        assertThat(article.title()).isEmpty();
        assertThat(article.blocks()).hasSize(1);
    }

    @Test
    void aFewShortLinesChosenByHandAreReadAsGiven() {
        Article article = clean("steps.txt", "Test case 1\n\nTest case 2\n\nAdvertisement\n");
        assertThat(article.blocks()).extracting(b -> b.text()).containsExactly("Test case 1", "Test case 2");
    }

    @Test
    void aMenuCopiedWithoutItsArticleIsStillAnError() {
        String menu = "Home\nNews\nSport\nBusiness\nCulture\nTravel\nWeather\nPodcasts\nNewsletters\nContact Us\n";
        assertThatThrownBy(() -> clean("menu.txt", menu)).hasMessageContaining("no article text found");
    }

    @Test
    void aHeadlineAloneIsNotAnArticle() {
        assertThatThrownBy(() -> clean("h.txt", "Storm closes ports along the coast\n"))
                .hasMessageContaining("no article text found");
    }
}
