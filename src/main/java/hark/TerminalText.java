package hark;

import java.util.regex.Pattern;

/**
 * Makes text from the web safe to print: a page must never be able to move the cursor, change colours, set the
 * window title or reorder text on the listener's terminal. It sits in the root package beside
 * {@link HarkException} because the source (file names in messages), the screens and the commands all print
 * text from outside, and none of them should depend on another for it.
 */
public final class TerminalText {
    // ESC/CSI/OSC/DCS sequences first, so their parameters go with them, then any remaining control character,
    // C1 controls and the bidi overrides and isolates. A string sequence (OSC, DCS, ...) is removed whole only up
    // to its terminator; without one, only its introducer goes, so a stray control never swallows the text after
    // it. The length bound keeps the scan linear on hostile input.
    private static final String STRING_BODY = "[^\u0007\u001B\u009C]{0,4096}";
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]"                                   // CSI
            + "|\u001B[\\]PX^_]" + STRING_BODY + "(?:\u0007|\u001B\\\\|\u009C)" // OSC, DCS, SOS, PM, APC
            + "|\u009B[0-?]*[ -/]*[@-~]"                                   // 8-bit CSI
            + "|[\u009D\u0090\u0098\u009E\u009F]" + STRING_BODY + "(?:\u0007|\u009C|\u001B\\\\)" // 8-bit
            + "|\u001B[^\n]?");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0\u2028\u2029]+");

    private TerminalText() {}

    /** @return {@code text} without escape sequences or control characters; newlines and tabs are kept */
    public static String sanitize(String text) {
        return CONTROLS.matcher(ESCAPES.matcher(text).replaceAll("")).replaceAll("");
    }

    /** @return {@code text} sanitized and put on one line: tabs, newlines and runs of spaces become one space */
    public static String line(String text) {
        return WHITESPACE.matcher(sanitize(text)).replaceAll(" ").strip();
    }
}
