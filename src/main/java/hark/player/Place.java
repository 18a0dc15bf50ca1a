package hark.player;

/**
 * A place in the script, for resuming and bookmarks.
 *
 * @param paragraph the paragraph, from 0
 * @param sentence the sentence within it, from 0
 */
public record Place(int paragraph, int sentence) {
    public Place {
        if (paragraph < 0 || sentence < 0) {
            throw new IllegalArgumentException("a place is never negative: " + paragraph + "/" + sentence);
        }
    }
}
