package hark.resume;

import hark.script.Position;
import java.util.List;
import java.util.Optional;

/**
 * What hark remembers about one article between sessions.
 *
 * @param position where the listener quit with {@code Q}; empty when there is nothing to resume
 * @param bookmarks the places marked with {@code m}, in reading order
 */
public record SavedReading(Optional<Position> position, List<Position> bookmarks) {
    public static final SavedReading NOTHING = new SavedReading(Optional.empty(), List.of());

    public SavedReading {
        bookmarks = List.copyOf(bookmarks);
    }

    public boolean isEmpty() {
        return position.isEmpty() && bookmarks.isEmpty();
    }
}
