package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The filters that mark lines as metadata rather than dropping them: dates and bylines. */
class MarkingFiltersTest {
    @ParameterizedTest
    @ValueSource(strings = {"Published: 12:00pm, 22 Nov, 2019", "Updated 2 hours ago", "Mon 4 Mar 2024 06.00 GMT",
        "November 15, 2019", "Updated: 12:41 PM EST, Mon March 4, 2024", "Jul 25, 2024 at 4:15 p.m. ET", "22/11/2019"})
    void marksDateLines(String text) {
        assertThat(TimestampLines.isTimestamp(Line.of(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:00 / 6:12", "12", "March on Washington draws thousands",
        "Updated figures released on Monday showed unemployment rising to 5.2 percent across the region."})
    void leavesOtherLinesAlone(String text) {
        assertThat(TimestampLines.isTimestamp(Line.of(text))).isFalse();
    }

    @Test
    void theDateValueLosesItsLabel() {
        assertThat(TimestampLines.value(Line.of("Published: 12:00pm, 22 Nov, 2019"))).isEqualTo("12:00pm, 22 Nov, 2019");
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "By Helen Okafor and Tom Reyes", "By Clare Duffy, CNN", "Written by Clara Moretti",
        "SCMP’s Asia desk", "Reuters staff", "Guardian staff and agencies"})
    void marksBylines(String text) {
        assertThat(BylineLines.isByline(Line.of(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the end of the year, prices had doubled.", "By then it was too late",
        "The company’s chief executive said it would appeal."})
    void sentencesStartingWithByAreNotBylines(String text) {
        assertThat(BylineLines.isByline(Line.of(text))).isFalse();
    }

    @Test
    void bylineValueDropsTheLeadingBy() {
        assertThat(BylineLines.value(Line.of("By Helen Okafor and Tom Reyes"))).isEqualTo("Helen Okafor and Tom Reyes");
    }

    @Test
    void agencyCreditsAreDroppedNotKept() {
        List<Line> out = BylineLines.INSTANCE.apply(List.of(Line.of("Reporting by Ju-min Park; Editing by Ed Davies"),
                Line.of("Reporting from Phoenix")));
        assertThat(out).isEmpty();
    }

    @Test
    void metadataCollectsTheFirstBylineAndDate() {
        List<Line> lines = List.of(Line.of("By Jane Doe").withRole(Line.Role.BYLINE),
                Line.of("Updated: May 2, 2024").withRole(Line.Role.DATE), Line.of("By John Roe").withRole(Line.Role.BYLINE));
        var metadata = LineMetadata.of(lines);
        assertThat(metadata.byline()).isEqualTo("Jane Doe");
        assertThat(metadata.published()).isEqualTo("May 2, 2024");
    }
}
