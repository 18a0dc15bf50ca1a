package hark.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ClauseChunkerTest {
    @Test
    void shortTextStaysOnePiece() {
        assertThat(ClauseChunker.chunks("  A short sentence.  ", 300)).containsExactly("A short sentence.");
    }

    @Test
    void blankOrMissingTextGivesNoPieces() {
        assertThat(ClauseChunker.chunks("", 300)).isEmpty();
        assertThat(ClauseChunker.chunks(" \n\t ", 300)).isEmpty();
        assertThat(ClauseChunker.chunks(null, 300)).isEmpty();
    }

    @Test
    void longTextIsCutAfterClauseMarksBeforeBareSpaces() {
        String text = "The talks went on for hours, officials said; neither side gave way: the deadline "
                + "passed \u2014 and nothing changed at all in the end";
        List<String> pieces = ClauseChunker.chunks(text, 40);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(40));
        assertThat(pieces.get(0)).isEqualTo("The talks went on for hours,");
        assertThat(pieces.get(1)).isEqualTo("officials said; neither side gave way:");
        assertThat(String.join(" ", pieces)).isEqualTo(text);
    }

    @Test
    void textWithoutClauseMarksIsCutAtSpaces() {
        List<String> pieces = ClauseChunker.chunks("one two three four five six seven eight nine ten", 20);
        assertThat(pieces).containsExactly("one two three four", "five six seven eight", "nine ten");
    }

    @Test
    void aGiantWordIsCutAtTheLimitButNeverInsideASurrogatePair() {
        String word = "a".repeat(9) + "\uD83D\uDE00" + "b".repeat(10);
        List<String> pieces = ClauseChunker.chunks(word, 10);
        assertThat(pieces.get(0)).isEqualTo("a".repeat(9));
        assertThat(String.join("", pieces)).isEqualTo(word);
    }

    @Property
    void piecesRespectTheLimitAndKeepEveryWord(@ForAll @StringLength(max = 600) String text,
                                               @ForAll @IntRange(min = 2, max = 120) int max) {
        List<String> pieces = ClauseChunker.chunks(text, max);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(max);
            assertThat(p).isNotBlank();
        });
        assertThat(withoutSpaces(String.join("", pieces))).isEqualTo(withoutSpaces(text));
    }

    private static String withoutSpaces(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
