package hark.resume;

/** Where the listener stopped: a paragraph of the script and a sentence within it, both from 0. */
public record Position(int paragraph, int sentence) {
    public static final Position START = new Position(0, 0);

    public Position {
        if (paragraph < 0 || sentence < 0) {
            throw new IllegalArgumentException("position must not be negative: " + paragraph + "/" + sentence);
        }
    }
}
