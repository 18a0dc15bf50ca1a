package hark.source;

/**
 * Keeps at most 30 combining marks in a row, as Unicode's Stream-Safe Text Format (UAX #15) does. No writing
 * system needs more; "Zalgo" text stacks thousands on one letter, and some regular expressions (Java's \b looks
 * back over every mark) then take time that grows with the square of the run. Stateless.
 */
final class StreamSafe {
    static final int MAX_MARKS = 30;

    private StreamSafe() {}

    static String apply(String text) {
        int run = 0;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            run = mark ? run + 1 : 0;
            if (run > MAX_MARKS) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
