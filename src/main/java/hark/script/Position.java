package hark.script;

import java.util.Comparator;

/**
 * Where the listener is in a {@link Script}: the one form of a position, used by the player, the keys, the
 * screens and the saved places. Both parts count from 0; the listener is shown them counting from 1, by
 * {@link #shown}, the only place that adds the 1. A saved position may lie beyond a changed article, so the
 * player clamps it into the script. Ordered in reading order. Immutable.
 *
 * @param paragraph the paragraph of the script, from 0 (the title announcement, when there is one, is 0)
 * @param sentence the sentence within it, from 0
 */
public record Position(int paragraph, int sentence) implements Comparable<Position> {
    /** The start of every script. */
    public static final Position START = new Position(0, 0);
    private static final Comparator<Position> READING_ORDER =
            Comparator.comparingInt(Position::paragraph).thenComparingInt(Position::sentence);

    public Position {
        if (paragraph < 0 || sentence < 0) {
            throw new IllegalArgumentException("a position is never negative: " + paragraph + "/" + sentence);
        }
    }

    /**
     * A part of a position as the listener is told it: counting from 1, or 0 when there is nothing to count
     * (an empty script), as "paragraph 0 of 0".
     *
     * @param zeroBased {@link #paragraph} or {@link #sentence}
     * @param count how many paragraphs, or sentences in the paragraph, there are
     */
    public static int shown(int zeroBased, int count) {
        return count == 0 ? 0 : zeroBased + 1;
    }

    @Override
    public int compareTo(Position other) {
        return READING_ORDER.compare(this, other);
    }

    // equals and hashCode by hand, as a record would make them: the record's own are bootstrapped on first use
    // (java.lang.runtime.ObjectMethods), about 45 ms of CPU before the first audio (issue 12).
    @Override
    public boolean equals(Object o) {
        return o instanceof Position p && paragraph == p.paragraph && sentence == p.sentence;
    }

    @Override
    public int hashCode() {
        return 31 * paragraph + sentence;
    }
}
