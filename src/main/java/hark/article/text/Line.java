package hark.article.text;

import java.util.Objects;

/**
 * One non-blank line of a paste while it is being cleaned: its text, where it sat, and what the filters have
 * decided it is. Immutable; the measures every filter asks for (word count, prose or not, matching key) are
 * computed once, since a line passes through a dozen filters.
 */
public final class Line {
    /** What a line is; lines stay {@code BODY} until a filter says otherwise. */
    public enum Role { BODY, TITLE, STANDFIRST, BYLINE, DATE }

    private final String text;
    private final boolean afterBlank;
    private final boolean bulleted;
    private final Role role;
    private final int words;
    private final boolean prose;
    private final String key;

    /**
     * @param text the line, with white space normalised and any bullet character removed
     * @param afterBlank whether a blank line came before it (browsers put one between paragraphs, not inside a
     *     caption)
     * @param bulleted whether the line began with a bullet or a list number
     * @param role what the filters have decided the line is
     */
    public Line(String text, boolean afterBlank, boolean bulleted, Role role) {
        this(text, afterBlank, bulleted, role, TextShape.words(text), TextShape.key(text));
    }

    private Line(String text, boolean afterBlank, boolean bulleted, Role role, int words, String key) {
        this(text, afterBlank, bulleted, role, words, TextShape.isProse(text, words), key);
    }

    private Line(String text, boolean afterBlank, boolean bulleted, Role role, int words, boolean prose, String key) {
        this.text = Objects.requireNonNull(text, "text");
        this.afterBlank = afterBlank;
        this.bulleted = bulleted;
        this.role = Objects.requireNonNull(role, "role");
        this.words = words;
        this.prose = prose;
        this.key = key;
    }

    /** A body line after a blank line, for tests and parsers. */
    public static Line of(String text) {
        return new Line(text, true, false, Role.BODY);
    }

    public Line withRole(Role newRole) {
        return new Line(text, afterBlank, bulleted, newRole, words, prose, key);
    }

    public String text() {
        return text;
    }

    public boolean afterBlank() {
        return afterBlank;
    }

    public boolean bulleted() {
        return bulleted;
    }

    public Role role() {
        return role;
    }

    public boolean isBody() {
        return role == Role.BODY;
    }

    /** @return true for lines that carry metadata (byline, date) rather than text to read */
    public boolean isMetadata() {
        return role == Role.BYLINE || role == Role.DATE;
    }

    public int words() {
        return words;
    }

    /** @return true when the line reads as running text (see {@link TextShape#isProse}) */
    public boolean isProse() {
        return prose;
    }

    /** @return the line in lower case with curly apostrophes straightened and outer punctuation trimmed */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return role + (bulleted ? " • " : " ") + text;
    }
}
