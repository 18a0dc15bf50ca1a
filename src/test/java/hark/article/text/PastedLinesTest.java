package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PastedLinesTest {
    @Test
    void normalisesSpacesAndDropsBlankLinesRememberingThem() {
        List<Line> lines = PastedLines.parse("  Title\u00A0here \r\n\r\nOne\u200B line\nNext");
        assertThat(lines).extracting(Line::text).containsExactly("Title here", "One line", "Next");
        assertThat(lines).extracting(Line::afterBlank).containsExactly(true, true, false);
    }

    @Test
    void takesOffBulletsAndNotesThem() {
        List<Line> lines = PastedLines.parse("  • Pentagon chief spoke\n- A dash item\n1. Numbered item\n-5C overnight");
        assertThat(lines).extracting(Line::text)
                .containsExactly("Pentagon chief spoke", "A dash item", "1. Numbered item", "-5C overnight");
        assertThat(lines).extracting(Line::bulleted).containsExactly(true, true, true, false);
    }

    @Test
    void curlyQuotesAreKeptAsTheyAre() {
        assertThat(PastedLines.parse("“Smoothly,” he said, ‘twice’.").get(0).text()).isEqualTo("“Smoothly,” he said, ‘twice’.");
    }
}
