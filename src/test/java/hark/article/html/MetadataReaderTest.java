package hark.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataReaderTest {
    @ParameterizedTest
    @CsvSource({
        "https://www.nytimes.com/2020/01/01/story.html, nytimes",
        "https://news.bbc.co.uk/2/hi/story.stm, bbc",
        "http://www.smh.com.au/national/story, smh",
        "https://www.asahi.co.jp/news, asahi",
        "https://example.org/, example",
        "https://lemonde.fr/article, lemonde",
        "https://blog.example.io:8080/post?id=1, example",
        "https://co.uk/, co",
        "localhost, ''",
    })
    void theSiteLabelSkipsACountrysGenericSecondLevel(String url, String label) {
        assertThat(MetadataReader.domainLabel(url)).isEqualTo(label);
    }
}
