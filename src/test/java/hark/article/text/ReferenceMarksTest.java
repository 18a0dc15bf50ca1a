package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceMarksTest {
    @Test
    void removesFootnoteAndEditMarks() {
        List<Line> out = ReferenceMarks.INSTANCE.apply(List.of(
                Line.of("The alpaca is a South American camelid.[1] It is often confused with the llama.[citation needed]"),
                Line.of("History[edit]")));
        assertThat(out).extracting(Line::text).containsExactly(
                "The alpaca is a South American camelid. It is often confused with the llama.", "History");
    }

    @Test
    void dropsCaretReferenceLinesButKeepsOtherBrackets() {
        List<Line> out = ReferenceMarks.INSTANCE.apply(List.of(Line.of("^ Wheeler, Jane (1995). \"Evolution\"."),
                Line.of("The council [of ministers] met on Monday.")));
        assertThat(out).extracting(Line::text).containsExactly("The council [of ministers] met on Monday.");
    }
}
