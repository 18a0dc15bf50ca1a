package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/** The filters that find the article inside a whole copied page: its stretch of prose, and where it ends. */
class PageSpanFiltersTest {
    private static final String P1 = "The council voted on Tuesday to approve the new tram line, which will cost about 40 million dollars "
            + "and take four years to build, according to the city's own estimate published last spring.";
    private static final String P2 = "Opponents said the money would be better spent on repairing roads and schools first, and they "
            + "promised to bring the question back to voters at the next election in two years' time.";
    private static final String P3 = "Work on the first section, between the station and the hospital, is due to begin next March "
            + "once the contracts are signed and the utilities under the street have been moved.";

    private static List<Line> lines(List<String> texts) {
        return texts.stream().map(Line::of).toList();
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    /** A page's menu as a text browser dumps it: bulleted items of a word or two. */
    private static List<Line> bulletedMenu(int items) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            out.add(new Line("Menu " + i, false, true, Line.Role.BODY));
        }
        return out;
    }

    private static List<String> menu(String prefix, int items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            out.add(prefix + " " + i);
        }
        return out;
    }

    @Test
    void keepsTheStretchOfProseAndItsHeaderAndDropsTheMenusAroundIt() {
        List<Line> page = new ArrayList<>(bulletedMenu(20));
        page.addAll(lines(List.of("Tram line approved after long debate", P1, P2, P3)));
        page.addAll(lines(menu("Footer link", 20)));
        assertThat(texts(BodySpanFilter.INSTANCE.apply(page)))
                .containsExactly("Tram line approved after long debate", P1, P2, P3);
    }

    @Test
    void theStoryNearTheTopBeatsALongerRunOfProseFarBelowIt() {
        String faq = "How do I book a ticket for the tram when it opens to the public next year, and where can I find it?";
        List<Line> page = new ArrayList<>(bulletedMenu(20));
        page.addAll(lines(List.of("Tram line approved", P1, P2)));
        page.addAll(lines(menu("Related headline", 40)));
        page.addAll(lines(List.of(faq, faq + " Really.", faq + " Truly.", faq + " Honestly.")));
        page.addAll(lines(menu("Footer link", 5)));
        assertThat(texts(BodySpanFilter.INSTANCE.apply(page))).containsExactly("Tram line approved", P1, P2);
    }

    @Test
    void aRecipesAmountsAboveItsMethodBelongToTheArticle() {
        List<String> ingredients = List.of("Für den Teig:", "125 g Mehl", "65 g Zucker", "Margarine oder Butter", "65 g",
                "1 Ei", "2 Pck. Vanillepuddingpulver", "Für die Füllung:", "500 ml Milch", "2 cups flour", "1 TL Backpulver",
                "3 Becher Schmand", "200 g Zucker");
        String method = "Das Mehl mit dem Zucker, der Butter und dem Ei zu einem glatten Teig verkneten und ihn eine Stunde "
                + "lang kalt stellen, bevor er in die Form kommt.";
        List<Line> page = new ArrayList<>(bulletedMenu(20));
        page.addAll(lines(menu("Section", 12)));
        page.addAll(lines(ingredients));
        page.addAll(lines(List.of(method, P1, P2)));
        page.addAll(lines(menu("Footer link", 20)));
        List<String> kept = texts(BodySpanFilter.INSTANCE.apply(page));
        assertThat(kept).containsSubsequence(ingredients).endsWith(method, P1, P2);
        assertThat(kept).doesNotContain("Section 0", "Footer link 0");
    }

    @Test
    void aSelectionOfTheArticleAloneStaysWhole() {
        List<String> selection = List.of("Tram line approved", P1, "Europe", "Transport", "Cities", P2);
        assertThat(texts(BodySpanFilter.INSTANCE.apply(lines(selection)))).isEqualTo(selection);
    }

    @Test
    void theHeaderReachesAFewLinesAboveTheFirstParagraph() {
        List<String> page = new ArrayList<>(menu("Section", 20));
        page.addAll(List.of("Tram line approved", P1, P2, P3));
        assertThat(texts(BodySpanFilter.INSTANCE.apply(lines(page))))
                .hasSize(BodySpanFilter.HEADER_REACH + 3).startsWith("Section 13").endsWith(P3);
    }

    @Test
    void cutsAtAnEndMarkerOnceMostOfTheProseIsAboveIt() {
        String comment = "I live on that street and I think the tram is a very good idea, whatever the cost turns out to be.";
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(List.of(P1, P2, P3, "3 Kommentare", comment)))))
                .containsExactly(P1, P2, P3);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(List.of(P1, P2, "Leave a Reply", comment)))))
                .containsExactly(P1, P2);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(List.of(P1, P2, "Das könnte Sie auch interessieren:",
                comment))))).containsExactly(P1, P2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Teilen mit:", "Sharen mit:", "Gefällt mir:", "Beitrag teilen:", "Teilen auf Twitter",
        "Autor", "AUTOR", "Autor*in:", "Keine Kommentare:", "No comments", "Share this:", "Like this:",
        "Diese Artikel könnten Sie ebenfalls interessieren", "Das Thema könnte dich auch interessieren:",
        "Beliebte Beiträge zum Thema:", "Lesen Sie auch die folgenden Beiträge:", "Weitere Beiträge aus der Kolumne:",
        "Relacionados:", "Veja Também:", "Leia também", "Valora esta noticia", "Latest on:", "Join the discussion",
        "Die meistgelesenen Artikel bei SWR.de/Sport", "Most read", "While you are here…",
        "To view the full story, please subscribe to The Daily Example. You can choose an annual plan or a weekly one.",
        "Kostenlos registrieren und weiterlesen", "Abonnez-vous pour lire la suite de cet article",
        "This entry was posted in Allgemein. Bookmark the permalink.", "Mehr lesen über:", "Související články",
        "Čtěte také:", "Súvisiace", "Mohlo by vás zajímat", "12 komentářů", "Diskuse"})
    void cutsAtTheShareRowsAuthorBoxesAndTeaserHeadingsOfMoreSitesAndLanguages(String marker) {
        String teaser = "Ein anderer Beitrag aus dem Archiv, der mit dem Artikel oben nichts zu tun hat, aber lang genug ist.";
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(List.of(P1, P2, P3, marker, teaser)))))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void aShareButtonEndsTheStoryEvenAboveALongerCommentThread() {
        String story = (P1 + " ").repeat(6).strip();
        String comment = (P2 + " ").repeat(12).strip();
        List<String> page = List.of(story, "Click to email this to a friend (Opens in new window)",
                "61Click to share on Facebook (Opens in new window)61", comment, "Reply", comment);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(page)))).containsExactly(story);
        // above a short note, a share button is page furniture at the top, not the story's end
        List<String> header = List.of(P1, "Click to share on Twitter (Opens in new window)", comment, comment);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(header)))).isEqualTo(header);
    }

    @Test
    void aSentenceThatOnlyStartsLikeAMarkerIsNotOne() {
        List<String> story = List.of(P1, P2, "Most readers agree with the council.", P3);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(story)))).isEqualTo(story);
    }

    @Test
    void aCommentFormEndsTheStoryEvenAboveALongerThread() {
        String story = (P1 + " ").repeat(6).strip();
        String comment = (P2 + " ").repeat(12).strip();
        for (String form : List.of("Your email address will not be published. Required fields are marked *",
                "Lines and paragraphs break automatically.", "Sign in to post a comment.",
                "You must be logged in to post a comment.", "Connectez-vous pour réagir")) {
            List<String> page = List.of(story, "Your name", form, comment, comment);
            assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(page)))).containsExactly(story, "Your name");
        }
    }

    @Test
    void aRelatedBoxInsideTheStoryGoesAndTheStoryGoesOnBelowIt() {
        String more = P3 + " The council will publish the full timetable in the spring, after a last round of talks.";
        String comment = "I live on that street and I think the tram is a very good idea, whatever the cost turns out to be.";
        List<String> page = List.of(P1, P2, P3, "Related", "Seagate will ship bigger drives", "Trams in other cities",
                more, "3 Comments", comment);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(page)))).containsExactly(P1, P2, P3, more);
        // a headline may be a short sentence; the related-section step leaves such a box to this one
        List<String> sentence = List.of(P1, P2, P3, P2, P1, P3, "Related",
                "I rode the new tram. It is the best ride in town.", more, "Home", "News", "Sport", "Weather");
        assertThat(texts(RelatedSectionFilter.INSTANCE.apply(lines(sentence)))).isEqualTo(sentence);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(sentence)))).startsWith(P1, P2, P3, P2, P1, P3, more);
        // at the story's end, the same marker with a longer list ends it; an author box is never a box inside it
        List<String> end = List.of(P1, P2, P3, "Related", "One", "Two", "Three", "Four", "Five", more);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(end)))).containsExactly(P1, P2, P3);
        List<String> author = List.of(P1, P2, P3, "About the author", "Jane Doe", more);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(author)))).containsExactly(P1, P2, P3);
    }

    @Test
    void aMarkerBeforeMostOfTheStoryIsAHeadingInsideIt() {
        List<String> story = List.of(P1, "Comments", P2, P3);
        assertThat(texts(EndMarkerFilter.INSTANCE.apply(lines(story)))).isEqualTo(story);
    }

    @Test
    void aWholeParagraphRepeatedFurtherOnIsKeptButAPullQuoteIsNot() {
        String quote = "“We will not stop,” she said.";
        String paragraph = P1 + " " + P2;
        assertThat(texts(DuplicateLines.INSTANCE.apply(lines(List.of(paragraph, quote, P3, quote, paragraph)))))
                .containsExactly(paragraph, quote, P3, paragraph);
    }
    @Test
    void cutsAtTheCommentFormThePreviousPostLinkOrTheAuthorsAboutMeOnceMostOfTheProseIsAbove() {
        String form = "Your email address will not be published. Required fields are marked *";
        assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(List.of(P1, P2, P3, form, "Comment *")))))
                .containsExactly(P1, P2, P3);
        String previous = "Vorheriger BeitragWarum wir den Garten im Herbst nicht mehr umgraben und was stattdessen hilft";
        assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(List.of(P1, P2, previous)))))
                .containsExactly(P1, P2);
        String bio = "Mark di Stefano is a breaking news reporter for BuzzFeed News and is based in Sydney, Australia.";
        assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(List.of(P1, P2, bio, "Check out more articles!")))))
                .containsExactly(P1, P2);
        String source = "Maria Ressa is a journalist who has faced many charges, and she said on Monday that she would "
                + "keep reporting, whatever the courts decide.";
        assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(List.of(P1, P2, source, P3)))))
                .containsExactly(P1, P2, source, P3);
        String aboutMe = "Hallo, ich bin Anna, Gärtnerin aus Leidenschaft, und schreibe hier seit zehn Jahren über Balkone.";
        assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(List.of(P1, P2, aboutMe)))))
                .containsExactly(P1, P2);
        assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(List.of(P1, P2, "[ ] Notify me of new posts by email.")))))
                .containsExactly(P1, P2);
        for (String licence : List.of("Text is available under the Creative Commons Attribution-ShareAlike License; "
                + "additional terms may apply.", "Content available under a Creative Commons license.")) {
            assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(List.of(P1, P2, licence, "Privacy policy")))))
                    .containsExactly(P1, P2);
        }
        for (String formLine : List.of("Du kommentierst mit Deinem Twitter-Konto. ( Abmelden / Ändern )",
                "Hinterlasse jetzt einen Kommentar", "Votre adresse électronique ne sera pas publiée.",
                "Save my name, email, and website in this browser for the next time I comment.")) {
            assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(List.of(P1, P2, formLine, P3))))).containsExactly(P1, P2);
        }
    }

    @Test
    void furnitureQuotedBeforeMostOfTheStoryDoesNotCutIt() {
        List<String> story = List.of(P1, "Next article", P2, P3);
        assertThat(texts(FurnitureTailFilter.INSTANCE.apply(lines(story)))).isEqualTo(story);
    }

    @Test
    void dropsLinksToOtherStoriesBetweenParagraphsInTheLanguagesPastedMost() {
        List<String> page = List.of(P1, "Lea también: El Gobierno anuncia nuevas medidas para el transporte público",
                "» Lesen Sie auch: Die Stadt plant eine zweite Linie", "À lire aussi » Le tramway arrive en ville",
                "Zobacz także: Nowa linia tramwajowa w Krakowie", "VEA TAMBIÉN: Los tranvías vuelven a la ciudad", P2,
                "Lesen Sie auch die Stellungnahme des Rats, die am Montag veröffentlicht wurde.");
        assertThat(texts(CrossReferenceLines.INSTANCE.apply(lines(page)))).containsExactly(P1, P2,
                "Lesen Sie auch die Stellungnahme des Rats, die am Montag veröffentlicht wurde.");
    }
}
