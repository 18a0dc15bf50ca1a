package hark;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void removesCsiSequencesWithTheirParameters() {
        assertThat(TerminalText.sanitize("a\u001B[2Jb\u001B[1;31mc\u001B[?1049hd\u001B[0m")).isEqualTo("abcd");
    }

    @Test
    void removesOscSequencesEndedByBellOrStringTerminator() {
        assertThat(TerminalText.sanitize("x\u001B]0;title\u0007y\u001B]8;;http://e/\u001B\\z")).isEqualTo("xyz");
    }

    @Test
    void removesDcsAndOtherStringSequences() {
        assertThat(TerminalText.sanitize("a\u001BPq#0;2;0;0;0\u001B\\b\u001B_apc\u001B\\c")).isEqualTo("abc");
    }

    @Test
    void removesEightBitC1SequencesAndControls() {
        assertThat(TerminalText.sanitize("a\u009B31mb\u009D0;t\u009Cc\u0085d\u0090dcs\u009Ce")).isEqualTo("abcde");
    }

    @Test
    void unterminatedSequenceDropsOnlyItsIntroducerAndKeepsTheTextAfterIt() {
        assertThat(TerminalText.sanitize("before\u0090after\nmore")).isEqualTo("beforeafter\nmore");
        assertThat(TerminalText.sanitize("before\u009Dafter")).isEqualTo("beforeafter");
        assertThat(TerminalText.sanitize("before\u001B]after and more")).isEqualTo("beforeafter and more");
        assertThat(TerminalText.sanitize("{\"a\": \"x\u001BPy\"}")).isEqualTo("{\"a\": \"xy\"}");
    }

    @Test
    void removesBidiOverridesAndIsolates() {
        assertThat(TerminalText.sanitize("\u202Eabc\u202C \u2066d\u2069\u200F")).isEqualTo("abc d");
    }

    @Test
    void keepsNewlinesTabsAndEveryPrintableLetter() {
        assertThat(TerminalText.sanitize("Zoë\tsaid:\n«日本語» — ok 👍")).isEqualTo("Zoë\tsaid:\n«日本語» — ok 👍");
    }

    @Test
    void lineFoldsWhitespaceIntoSingleSpaces() {
        assertThat(TerminalText.line("  one\ttwo\n\nthree\u00A0 four\u2028five ")).isEqualTo("one two three four five");
    }

    @Test
    void anUnterminatedSequenceNeverSwallowsTheLinesAfterIt() {
        // a title whose closing BEL was trimmed, printed above the article by `hark text`
        assertThat(TerminalText.sanitize("Title\u001B]8;;\n\nFirst paragraph.\u0007\n\nSecond."))
                .isEqualTo("Title8;;\n\nFirst paragraph.\n\nSecond.");
    }

    @Test
    void spacedPutsASpaceWhereAControlOrSequenceWas() {
        assertThat(TerminalText.spaced("one\u0007two\bthree\u001B[2Jfour\u001B]52;c;SGVsbG8=\u0007five\u0085six"))
                .isEqualTo("one two three four five\nsix");
        assertThat(TerminalText.spaced("\u001B]8;;http://e/\u001B\\link\u001B]8;;\u001B\\ end")).isEqualTo(" link  end");
        // a stray ESC keeps the letter after it, which a terminal would take as part of it
        assertThat(TerminalText.spaced("vert\u001Bices \u001B]unterminated")).isEqualTo("vert ices  unterminated");
    }

    @Test
    void spacedTakesColourOutOfAWordWithoutSplittingIt() {
        assertThat(TerminalText.spaced("bo\u001B[1;31mld\u001B[0m and \u009B4mplain")).isEqualTo("bold and plain");
    }

    @Test
    void spacedKeepsLineBreaksTabsBidiAndPlainTextAsTheyAre() {
        String text = "Zoë\tsaid:\r\n«日本語»\f\u202Eok\u202C\u200B";
        assertThat(TerminalText.spaced(text)).isSameAs(text);
    }

    @Property(tries = 300)
    void printableTextAroundOneStrayControlSurvives(@ForAll @StringLength(max = 30)
                                                    @CharRange(from = 'a', to = 'z') String before,
                                                    @ForAll @CharRange(from = '\u0080', to = '\u009F') char control,
                                                    @ForAll @StringLength(max = 30)
                                                    @CharRange(from = 'a', to = 'z') String after) {
        // U+009B is an 8-bit CSI: a letter after it is its final byte, which a terminal also consumes.
        Assume.that(control != '\u009B');
        assertThat(TerminalText.sanitize(before + control + after)).isEqualTo(before + after);
    }

    @Property(tries = 300)
    void nothingThatATerminalObeysSurvives(@ForAll @StringLength(max = 40)
                                           @CharRange(from = '\u0000', to = '\u00A0') String text) {
        String clean = TerminalText.sanitize(text);
        assertThat(clean.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F))
                .isEmpty();
    }
}
