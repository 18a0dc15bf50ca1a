package hark;

import java.util.regex.Pattern;

/**
 * Makes text from the web safe to print: a page must never be able to move the cursor, change colours, set the
 * window title or reorder text on the listener's terminal. Text is made safe where it is printed, once: the
 * player's screens for what they draw, and the command line's writer for everything on stdout and stderr
 * (messages, warnings, debug traces, article text), so a stage that only builds a message leaves it as it is.
 * {@link #spaced} is for text that is read on (a page or paste as it arrives), where a removed control must not
 * join the words on either side of it. It sits in the root package beside {@link HarkException} because stages
 * on both sides of the pipeline use it. Stateless, thread-safe.
 */
public final class TerminalText {
    // ESC/CSI/OSC/DCS sequences first, so their parameters go with them, then any remaining control character,
    // C1 controls and the bidi overrides and isolates. A string sequence (OSC, DCS, ...) is removed whole only up
    // to its terminator; without one, only its introducer goes, so a stray control never swallows the text after
    // it. The length bound keeps the scan linear on hostile input. Nor does one run past the end of its line, so an
    // unterminated one (a title whose closing BEL was trimmed) cannot swallow the paragraphs printed after it.
    private static final String STRING_BODY = "[^\u0007\u001B\u009C\n]{0,4096}";
    private static final String SEQUENCES =
            "\u001B\\[[0-?]*[ -/]*[@-~]"                                   // CSI
            + "|\u001B[\\]PX^_]" + STRING_BODY + "(?:\u0007|\u001B\\\\|\u009C)" // OSC, DCS, SOS, PM, APC
            + "|\u009B[0-?]*[ -/]*[@-~]"                                   // 8-bit CSI
            + "|[\u009D\u0090\u0098\u009E\u009F]" + STRING_BODY + "(?:\u0007|\u009C|\u001B\\\\)"; // 8-bit
    // A terminal takes the character after a lone ESC as part of it, so for printing it goes too.
    private static final Pattern ESCAPES = Pattern.compile(SEQUENCES + "|\u001B[^\n]?");
    // For reading, only an introducer does: a stray ESC inside a word ("vert", ESC, "ices") must not eat a letter.
    private static final Pattern READ_ESCAPES = Pattern.compile(SEQUENCES + "|\u001B[\\[\\]PX^_]");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]");

    /** Select Graphic Rendition: colour and bold, which a terminal shows inside a word without splitting it. */
    private static final Pattern STYLING = Pattern.compile("(?:\u001B\\[|\u009B)[0-9;:]*m");
    /** Controls that break a line in {@code \R} besides the ones {@link #spaced} keeps as they are. */
    private static final Pattern LINE_CONTROLS = Pattern.compile("[\u000B\u0085]");
    private static final Pattern OTHER_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x9F]");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0\u2028\u2029]+");

    private TerminalText() {}

    /** @return {@code text} without escape sequences or control characters; newlines and tabs are kept */
    public static String sanitize(String text) {
        return CONTROLS.matcher(ESCAPES.matcher(text).replaceAll("")).replaceAll("");
    }

    /**
     * @return {@code text} with each escape sequence and control character replaced by one space (tab, newline,
     *     carriage return and form feed are kept; vertical tab and NEL become newlines), so "one", a BEL and
     *     "two" read as two words, never as "onetwo". Colour and bold sequences go without a space, as a terminal shows
     *     them. Bidi and zero-width characters are left as they are: they join, and screens remove them.
     */
    public static String spaced(String text) {
        if (!hasControl(text)) {
            return text; // the common case: nothing to do, and no copy of a 10 MB page
        }
        String s = READ_ESCAPES.matcher(text).replaceAll(m -> STYLING.matcher(m.group()).matches() ? "" : " ");
        s = LINE_CONTROLS.matcher(s).replaceAll("\n");
        return OTHER_CONTROLS.matcher(s).replaceAll(" ");
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7F && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code text} sanitized and put on one line: tabs, newlines and runs of spaces become one space */
    public static String line(String text) {
        return WHITESPACE.matcher(sanitize(text)).replaceAll(" ").strip();
    }
}
