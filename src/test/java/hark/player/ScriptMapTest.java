package hark.player;

import static hark.player.Scripts.heading;
import static hark.player.Scripts.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import hark.script.Position;
import hark.script.Script;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptMapTest {
    // 0: heading A | 1,2: para | 3: heading B | 4: para | 5,6: para
    private final ScriptMap map = new ScriptMap(new Script("T", List.of(heading("A."), paragraph("One.", "Two."),
            heading("B."), paragraph("Three."), paragraph("Four.", "Five seven."))));

    @Test
    void numbersSentencesAcrossParagraphs() {
        assertThat(map.size()).isEqualTo(7);
        assertThat(map.paragraphOf(5)).isEqualTo(4);
        assertThat(map.paragraphStart(4)).isEqualTo(5);
        assertThat(map.paragraphSize(4)).isEqualTo(2);
        assertThat(map.lastInParagraph(1)).isFalse();
        assertThat(map.lastInParagraph(2)).isTrue();
    }

    @Test
    void movesByParagraph() {
        assertThat(map.nextParagraph(1)).isEqualTo(3);
        assertThat(map.nextParagraph(6)).isEqualTo(map.size());
        assertThat(map.previousParagraph(4)).isEqualTo(3);
        assertThat(map.previousParagraph(0)).isZero();
    }

    @Test
    void movesByHeading() {
        assertThat(map.nextSection(1)).isEqualTo(3);
        assertThat(map.nextSection(3)).isEqualTo(map.size());
        assertThat(map.previousSection(6)).isEqualTo(3);
        assertThat(map.previousSection(3)).isZero();
    }

    @Test
    void countsWords() {
        assertThat(map.totalWords()).isEqualTo(8);
        assertThat(map.wordsBefore(6)).isEqualTo(6);
    }

    @Test
    void findsAPhraseFromAPositionWrappingRound() {
        assertThat(map.find("FIVE  seven", 0)).isEqualTo(6);
        assertThat(map.find("one", 3)).isEqualTo(1);
        assertThat(map.find("absent", 0)).isEqualTo(-1);
        assertThat(map.find("  ", 0)).isEqualTo(-1);
    }

    @Test
    void clampsSavedPositionsIntoTheScript() {
        assertThat(map.indexOf(new Position(1, 1))).isEqualTo(2);
        assertThat(map.indexOf(new Position(1, 9))).isEqualTo(2);
        assertThat(map.indexOf(new Position(99, 0))).isEqualTo(6);
    }

    @Test
    void aSentenceOfTheBeginningIsCarriedToTheSamePlaceInTheWholeWhenTheyAgree() {
        ScriptMap beginning = new ScriptMap(new Script("T", List.of(heading("A."), paragraph("One.", "Two."))));
        assertThat(beginning.sameBefore(map)).isEqualTo(3);
        assertThat(beginning.carriedTo(map, 2)).isEqualTo(2);
    }

    @Test
    void whenTheWholeDiffersASentenceIsFoundByItsTextOrPlaybackGoesOnWhereTheyDiffer() {
        ScriptMap beginning = new ScriptMap(new Script("T", List.of(heading("A."), paragraph("Menu", "One."),
                paragraph("Three."))));
        assertThat(beginning.sameBefore(map)).isEqualTo(1);
        assertThat(beginning.carriedTo(map, 0)).isEqualTo(0);
        assertThat(beginning.carriedTo(map, 2)).isEqualTo(1); // "One."
        assertThat(beginning.carriedTo(map, 3)).isEqualTo(4); // "Three."
        assertThat(beginning.carriedTo(map, 1)).isEqualTo(1); // "Menu" is not in the whole: where the two part
    }
}
