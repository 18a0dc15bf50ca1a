package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PastedLinesTest {
    /** The two patterns the one-pass loop replaced (issue 12), kept here to show it gives the same. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u2009\u200A\u3000]+");

    @Test
    void spacingInOnePassIsWhatThePatternsGave() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2007\u202F\u2009\u200A\u3000\u200B\u200C\u200D\u2060\uFEFF\u00AD"
                + "\u2003\u0085\u1680.";
        Random random = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = SPACES.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ");
            assertThat(PastedLines.spaced(raw.toString())).as("%s", raw.codePoints().boxed().toList()).isEqualTo(expected);
        }
    }
    @Test
    void normalisesSpacesAndDropsBlankLinesRememberingThem() {
        List<Line> lines = PastedLines.parse("  Title\u00A0here \r\n\r\nOne\u200B line\nNext");
        assertThat(lines).extracting(Line::text).containsExactly("Title here", "One line", "Next");
        assertThat(lines).extracting(Line::afterBlank).containsExactly(true, true, false);
    }

    @Test
    void takesOffBulletsAndNotesThem() {
        List<Line> lines = PastedLines.parse("  • Pentagon chief spoke\n- A dash item\n1. Numbered item\n-5C overnight\n"
                + "+ Added Slime Block\n+2 points");
        assertThat(lines).extracting(Line::text).containsExactly("Pentagon chief spoke", "A dash item",
                "1. Numbered item", "-5C overnight", "Added Slime Block", "+2 points");
        assertThat(lines).extracting(Line::bulleted).containsExactly(true, true, true, false, true, false);
    }

    @Test
    void curlyQuotesAreKeptAsTheyAre() {
        assertThat(PastedLines.parse("“Smoothly,” he said, ‘twice’.").get(0).text()).isEqualTo("“Smoothly,” he said, ‘twice’.");
    }

    @Test
    void aLongLineBrokenMidSentenceByTheLayoutIsJoinedToItsLowerCaseRest() {
        List<Line> lines = PastedLines.parse("Menu\n\nPremière manière d’aborder la question : le nombre d’heures travaillées\n"
                + "chaque année. La durée légale hebdomadaire du travail salarié est de\n35 heures.\n\nAbout us");
        assertThat(lines).extracting(Line::text).containsExactly("Menu", "Première manière d’aborder la question : le "
                + "nombre d’heures travaillées chaque année. La durée légale hebdomadaire du travail salarié est de",
                "35 heures.", "About us");
    }

    @Test
    void tableRowsShortLinesAndCodeAreNotJoined() {
        String table = "Heizöl, EL normal 14,31 Mio. t 9,97 Mio. t - 30,3 %\ndavon schwefelarm 13,66 Mio. t 9,45 Mio. t";
        String code = "from django.test.utils import override_settings\nfrom selenium.webdriver.common.by import By";
        String labels = "Home\nnews and more";
        for (String text : List.of(table, code, labels)) {
            assertThat(PastedLines.parse(text)).hasSize(2);
        }
    }
}
