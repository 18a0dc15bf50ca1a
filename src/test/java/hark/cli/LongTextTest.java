package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.source.Source;
import org.junit.jupiter.api.Test;

class LongTextTest {
    private static Source text(String text) {
        return new Source("long.txt", text, Source.Format.TEXT, "");
    }

    @Test
    void aLongTextsBeginningEndsAtTheLastParagraphBreakBeforeTheLimit() {
        String text = "Title\n\nFirst paragraph.\r\n \r\nSecond paragraph.\n\nThird paragraph, past the limit.";
        Source beginning = LongText.beginning(text(text), 10, 40).orElseThrow();
        assertThat(beginning.text()).isEqualTo("Title\n\nFirst paragraph.\r");
        assertThat(beginning.origin()).isEqualTo("long.txt");
    }

    @Test
    void aShortTextAPageAndATextWithNoBlankLineAreReadWhole() {
        String text = "Title\n\nFirst paragraph.\n\nSecond paragraph.";
        assertThat(LongText.beginning(text(text), text.length(), 20)).isEmpty();
        assertThat(LongText.beginning(new Source("p.html", text, Source.Format.HTML, ""), 10, 20)).isEmpty();
        assertThat(LongText.beginning(text("One line after another\nwith no blank line between them"), 10, 40))
                .isEmpty();
        assertThat(LongText.beginning(text("x".repeat(LongText.LONG) + "\n\nmore"))).isEmpty(); // the break comes late
    }
}
