package hark.article.text;

import java.util.Objects;

/**
 * One non-blank line of a paste while it is being cleaned.
 *
 * @param text the line, with white space normalised and any bullet character removed
 * @param afterBlank whether a blank line came before it (browsers put one between paragraphs, not inside a caption)
 * @param bulleted whether the line began with a bullet or a list number
 * @param role what the filters have decided the line is
 */
public record Line(String text, boolean afterBlank, boolean bulleted, Role role) {
    /** What a line is; lines stay {@code BODY} until a filter says otherwise. */
    public enum Role { BODY, TITLE, STANDFIRST, BYLINE, DATE }

    public Line {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
    }

    /** A body line, for tests and parsers. */
    public static Line of(String text) {
        return new Line(text, true, false, Role.BODY);
    }

    public Line withRole(Role newRole) {
        return new Line(text, afterBlank, bulleted, newRole);
    }

    public boolean isBody() {
        return role == Role.BODY;
    }

    /** @return true for lines that carry metadata (byline, date) rather than text to read */
    public boolean isMetadata() {
        return role == Role.BYLINE || role == Role.DATE;
    }

    public int words() {
        return TextShape.words(text);
    }

    /** @return true when the line reads as running text (see {@link TextShape#isProse}) */
    public boolean isProse() {
        return TextShape.isProse(text);
    }

    /** @return the line in lower case with curly apostrophes straightened and outer punctuation trimmed */
    public String key() {
        return TextShape.key(text);
    }
}
