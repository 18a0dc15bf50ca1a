package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filters that judge lines by their neighbours and position: duplicates, title, header, tail, register. */
class StructureFiltersTest {
    private static final String P1 = "The council voted on Tuesday to approve the plan, which will cost about 40 million dollars.";
    private static final String P2 = "Opponents said the money would be better spent on repairing roads and schools first.";

    /** Lines separated by blank lines, as a browser pastes paragraphs. */
    private static List<Line> lines(String... texts) {
        List<Line> out = new ArrayList<>();
        for (String text : texts) {
            out.add(Line.of(text));
        }
        return out;
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void aLineDoubledInARowIsACaptionAndBothCopiesGo() {
        Line caption = Line.of("Esper shakes hands with Moon before a meeting in Seoul on Friday");
        Line again = new Line(caption.text(), false, false, Line.Role.BODY);
        assertThat(texts(DuplicateLines.INSTANCE.apply(List.of(Line.of(P1), caption, again, Line.of(P2)))))
                .containsExactly(P1, P2);
    }

    @Test
    void aNameDoubledInARowKeepsOneCopy() {
        Line name = Line.of("Laura Zhou");
        Line again = new Line("Laura Zhou", false, false, Line.Role.BODY);
        assertThat(texts(DuplicateLines.INSTANCE.apply(List.of(name, again, Line.of(P1))))).containsExactly("Laura Zhou", P1);
    }

    @Test
    void aLineRepeatedLaterKeepsItsFirstCopy() {
        assertThat(texts(DuplicateLines.INSTANCE.apply(lines(P1, P2, P1)))).containsExactly(P1, P2);
    }

    @Test
    void aGallerysNumberedSlidesGoWithTheirCaptionsAndTheStoryGoesOnAfterIt() {
        List<Line> out = GalleryLines.INSTANCE.apply(lines(P1, "Business news in pictures", "12 show all",
                "1/12 Rail fares rise", "Fares rise by 4 per cent from January, the operators said.", "Getty",
                "2/12 Airport for sale", "The owner put the airport up for sale on Monday.", "Reuters",
                "3/12 Pier for sale", "The pier is on sale for 12 million pounds, its owner said.", "PA", P2));
        assertThat(texts(out)).containsExactly(P1, "Business news in pictures", P2);
    }

    @Test
    void numbersAndFractionsInTheStoryAreNoGallery() {
        List<String> story = List.of("24/7 service starts in May for the first time.", P1,
                "1/3 of the budget goes to roads.", "2/3 of it goes to schools.", P2, "9/11 changed air travel.");
        assertThat(texts(GalleryLines.INSTANCE.apply(lines(story.toArray(String[]::new))))).isEqualTo(story);
    }

    @Test
    void aNewsTickerOfTimedHeadlinesNewestFirstGoes() {
        List<Line> out = TickerLines.INSTANCE.apply(lines(P1, "14:44 Storm closes ports along the coast",
                "14:32 Rail strike called off", "Transport.", "The unions agreed to a new offer on Tuesday.",
                "13:54 Minister resigns over expenses", "13:43 Airport reopens after fog", "13:18 Markets fall again", P2));
        assertThat(texts(out)).containsExactly(P1, P2);
        // below a story, the ticker ends it: the feed's untimed items follow
        String story = (P1 + " ").repeat(12).strip();
        List<Line> below = TickerLines.INSTANCE.apply(lines(story, "14:44 Storm closes ports along the coast",
                "14:32 Rail strike called off", "14:20 Minister resigns over expenses", "Transport.", P2));
        assertThat(texts(below)).containsExactly(story);
    }

    @Test
    void aTimetableAndALiveBlogAreNoTicker() {
        List<String> timetable = List.of("11:00 AM Leaves her trailer and goes to the museum.",
                "2:00 PM Leaves the library and stands near the stand.", "4:20 PM Continues to Vincent's house.");
        assertThat(texts(TickerLines.INSTANCE.apply(lines(timetable.toArray(String[]::new))))).isEqualTo(timetable);
        List<String> blog = List.of("14:44 Police arrive at the scene", P1, "14:32 Fire crews called", P2,
                "14:20 First reports of smoke", P1);
        assertThat(texts(TickerLines.INSTANCE.apply(lines(blog.toArray(String[]::new))))).isEqualTo(blog);
        List<String> rising = List.of("09:00 Doors open to the public", "10:30 First talk begins",
                "12:00 Lunch is served in the hall");
        assertThat(texts(TickerLines.INSTANCE.apply(lines(rising.toArray(String[]::new))))).isEqualTo(rising);
    }

    @Test
    void theTitleIsTheFirstHeadlineAndBreadcrumbsAboveItGo() {
        List<Line> out = HeadlineFilter.INSTANCE.apply(lines("South Korea", "AsiaEast Asia",
                "US bid for Seoul to keep intelligence-sharing pact with Tokyo stalls", P1));
        assertThat(out.get(0).role()).isEqualTo(Line.Role.TITLE);
        assertThat(texts(out)).containsExactly("US bid for Seoul to keep intelligence-sharing pact with Tokyo stalls", P1);
    }

    @Test
    void aHeadlineShapedMenuLineFollowedByLabelsIsNotTheTitle() {
        List<Line> out = HeadlineFilter.INSTANCE.apply(lines("The Daily Planet - Back to homepage", "News", "World",
                "Floods force thousands from their homes in the north", P1));
        assertThat(out.get(0).text()).isEqualTo("Floods force thousands from their homes in the north");
        assertThat(out.get(0).role()).isEqualTo(Line.Role.TITLE);
    }

    @Test
    void aShortTitleBeforeTheProseIsStillFound() {
        List<Line> out = HeadlineFilter.INSTANCE.apply(lines("Business", "Mortgage Rates Climb", P1));
        assertThat(out.get(0)).extracting(Line::text, Line::role).containsExactly("Mortgage Rates Climb", Line.Role.TITLE);
    }

    @Test
    void aPasteThatStartsWithProseHasNoTitle() {
        assertThat(HeadlineFilter.INSTANCE.apply(lines(P1, P2))).allMatch(Line::isBody);
    }

    @Test
    void theHeaderKeepsBulletsAsStandfirstAndDropsLabels() {
        List<Line> in = List.of(Line.of("The title of the story").withRole(Line.Role.TITLE),
                new Line("First point of the standfirst", true, true, Line.Role.BODY),
                Line.of("Why you can trust us"), Line.of("Analysis"), Line.of(P1));
        List<Line> out = HeaderZoneFilter.INSTANCE.apply(in);
        assertThat(out).extracting(Line::text).containsExactly("The title of the story", "First point of the standfirst", P1);
        assertThat(out.get(1).role()).isEqualTo(Line.Role.STANDFIRST);
    }

    @Test
    void aBareNameUnderTheHeadlineIsTheByline() {
        List<Line> in = List.of(Line.of("The title of the story").withRole(Line.Role.TITLE), Line.of("Laura Zhou"),
                Line.of("in Beijing"), Line.of("Published: 7:30pm, 23 Mar, 2024").withRole(Line.Role.DATE), Line.of(P1));
        List<Line> out = HeaderZoneFilter.INSTANCE.apply(in);
        assertThat(out).extracting(Line::text, Line::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The title of the story", Line.Role.TITLE),
                org.assertj.core.groups.Tuple.tuple("Laura Zhou", Line.Role.BYLINE),
                org.assertj.core.groups.Tuple.tuple("Published: 7:30pm, 23 Mar, 2024", Line.Role.DATE),
                org.assertj.core.groups.Tuple.tuple(P1, Line.Role.BODY));
    }

    @Test
    void aSectionLabelWithNoDateNearIsNotAByline() {
        List<Line> in = List.of(Line.of("The title of the story").withRole(Line.Role.TITLE), Line.of("Rail Travel"),
                Line.of(P1));
        assertThat(HeaderZoneFilter.INSTANCE.apply(in)).extracting(Line::role).doesNotContain(Line.Role.BYLINE);
    }

    @Test
    void aSummarySentenceAboveTheBylineIsTheStandfirst() {
        List<Line> in = List.of(Line.of("The title of the story").withRole(Line.Role.TITLE),
                Line.of("Cities are painting roofs white and planting trees to fight the heat."),
                Line.of("Read in app"), Line.of("By Jane Doe").withRole(Line.Role.BYLINE), Line.of(P1));
        List<Line> out = HeaderZoneFilter.INSTANCE.apply(in);
        assertThat(out.get(1).role()).isEqualTo(Line.Role.STANDFIRST);
        assertThat(texts(out)).doesNotContain("Read in app").contains(P1);
    }

    @Test
    void relatedSectionAtTheEndIsCutFromItsMarker() {
        List<Line> out = RelatedSectionFilter.INSTANCE.apply(lines(P1, P2, P1 + " More.", "Related",
                "Rival chipmaker cuts 4,000 jobs", "Why the AI boom is straining the grid"));
        assertThat(texts(out)).containsExactly(P1, P2, P1 + " More.");
    }

    @Test
    void aMarkerFollowedByTheArticlesOwnParagraphsIsNotCut() {
        List<Line> in = lines(P1, P2, "Latest", P1 + " Again.", P2 + " Again.", P1 + " Once more.");
        assertThat(RelatedSectionFilter.INSTANCE.apply(in)).hasSize(in.size());
    }

    @Test
    void nonProseAfterTheLastParagraphIsDropped() {
        assertThat(texts(TrailingListFilter.INSTANCE.apply(lines(P1, P2, "Oil falls to six-month low", "Europe", "Trains"))))
                .containsExactly(P1, P2);
    }

    @Test
    void aListIntroducedByAColonAtTheEndStays() {
        List<Line> in = List.of(Line.of(P1), Line.of("You will need:"), new Line("A map", false, true, Line.Role.BODY),
                new Line("Good boots", false, true, Line.Role.BODY));
        assertThat(TrailingListFilter.INSTANCE.apply(in)).hasSize(4);
    }

    @Test
    void anAuthorNoteAtTheVeryEndIsDropped() {
        assertThat(texts(TrailingListFilter.INSTANCE.apply(lines(P1, P2,
                "Jane Doe is a science reporter based in Berlin.")))).containsExactly(P1, P2);
    }

    @Test
    void runsOfShortTitleCaseLinesInTheBodyAreDropped() {
        assertThat(texts(RegisterFilter.INSTANCE.apply(lines(P1, "Europe", "Austria", "Sustainable Travel", P2))))
                .containsExactly(P1, P2);
    }

    @Test
    void aSingleShortLineBetweenParagraphsIsAHeadingAndStays() {
        assertThat(texts(RegisterFilter.INSTANCE.apply(lines(P1, "What we measured", P2))))
                .containsExactly(P1, "What we measured", P2);
    }

    @Test
    void aListIntroducedByAColonStays() {
        assertThat(RegisterFilter.INSTANCE.apply(lines(P1, "You will need:", "two eggs", "a pinch of salt", "warm milk", P2)))
                .hasSize(6);
    }

    @Test
    void aPromotionBoxBetweenParagraphsIsDropped() {
        assertThat(texts(RegisterFilter.INSTANCE.apply(lines(P1, "Get more with myNEWS",
                "A personalised news feed of stories that matter to you", "Learn more", P2)))).containsExactly(P1, P2);
    }

    @Test
    void aRunOfFontNamesIsAPlayersFontPickerButOneNameAloneStays() {
        List<Line> picker = java.util.stream.Stream.of("Intro paragraph of the article that is long enough to be prose.",
                "Arial", "Georgia", "Palatino Linotype", "Times New Roman", "Comic Sans MS",
                "Intro paragraph of the article that is long enough to be prose.", "Georgia",
                "The state's governor said on Monday that the budget would pass.").map(Line::of).toList();
        assertThat(FontListLines.INSTANCE.apply(picker)).extracting(Line::text).containsExactly(
                "Intro paragraph of the article that is long enough to be prose.",
                "Intro paragraph of the article that is long enough to be prose.", "Georgia",
                "The state's governor said on Monday that the budget would pass.");
    }
}
