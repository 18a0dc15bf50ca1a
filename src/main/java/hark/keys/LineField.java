package hark.keys;

/**
 * A one-line text field with a cursor, edited key by key as a shell's line editor does: typing inserts at the
 * cursor, ← → Home End move, Backspace and Delete delete, Ctrl-U clears. Not thread-safe.
 */
final class LineField {
    private final StringBuilder text = new StringBuilder();
    private int cursor;

    String text() {
        return text.toString();
    }

    /** @return where the next character goes, 0 to the text's length */
    int cursor() {
        return cursor;
    }

    /** A character or control key. */
    void type(int c) {
        switch (c) {
            case 0x7F, '\b' -> {
                if (cursor > 0) {
                    int before = text.offsetByCodePoints(cursor, -1);
                    text.delete(before, cursor);
                    cursor = before;
                }
            }
            case 0x15 -> { // Ctrl-U
                text.setLength(0);
                cursor = 0;
            }
            case 0x01 -> cursor = 0; // Ctrl-A
            case 0x05 -> cursor = text.length(); // Ctrl-E
            case 0x02 -> left(); // Ctrl-B
            case 0x06 -> right(); // Ctrl-F
            default -> {
                if (c >= 0x20) {
                    String s = new String(Character.toChars(c));
                    text.insert(cursor, s);
                    cursor += s.length();
                }
            }
        }
    }

    /** An escape sequence without its ESC, such as "[D" for ←; unknown ones change nothing. */
    void edit(String sequence) {
        switch (sequence) {
            case "[D", "OD" -> left();
            case "[C", "OC" -> right();
            case "[H", "OH", "[1~", "[7~" -> cursor = 0;
            case "[F", "OF", "[4~", "[8~" -> cursor = text.length();
            case "[3~" -> {
                if (cursor < text.length()) {
                    text.delete(cursor, text.offsetByCodePoints(cursor, 1));
                }
            }
            default -> {
                // another function key: not for a text field
            }
        }
    }

    private void left() {
        if (cursor > 0) {
            cursor = text.offsetByCodePoints(cursor, -1);
        }
    }

    private void right() {
        if (cursor < text.length()) {
            cursor = text.offsetByCodePoints(cursor, 1);
        }
    }
}
