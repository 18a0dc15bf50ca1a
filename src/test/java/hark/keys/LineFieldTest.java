package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineFieldTest {
    private static LineField typed(String text) {
        LineField f = new LineField();
        text.codePoints().forEach(f::type);
        return f;
    }

    @Test
    void arrowsMoveTheCursorAndTypingInsertsThere() {
        LineField f = typed("hllo");
        f.edit("[D");
        f.edit("[D");
        f.edit("[D");
        f.type('e');
        assertThat(f.text()).isEqualTo("hello");
        assertThat(f.cursor()).isEqualTo(2);
        f.edit("[C");
        f.edit("OC");
        assertThat(f.cursor()).isEqualTo(4);
    }

    @Test
    void backspaceAndDeleteWorkAroundTheCursor() {
        LineField f = typed("abcd");
        f.edit("[D");
        f.type(0x7F);
        assertThat(f.text()).isEqualTo("abd");
        f.edit("[3~");
        assertThat(f.text()).isEqualTo("ab");
        f.edit("[H");
        f.type(0x7F);
        assertThat(f.text()).isEqualTo("ab");
    }

    @Test
    void ctrlUClearsTheField() {
        LineField f = typed("some words");
        f.type(0x15);
        assertThat(f.text()).isEmpty();
        assertThat(f.cursor()).isZero();
    }

    @Test
    void wideCharactersMoveAsOne() {
        LineField f = typed("a\uD83D\uDE00b");
        f.edit("[D");
        f.edit("[D");
        f.type(0x7F);
        assertThat(f.text()).isEqualTo("\uD83D\uDE00b");
    }

    @Test
    void otherFunctionKeysChangeNothing() {
        LineField f = typed("abc");
        f.edit("[15~");
        f.edit("[A");
        assertThat(f.text()).isEqualTo("abc");
        assertThat(f.cursor()).isEqualTo(3);
    }
}
