package hark.resume;

import hark.script.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A second hark process, for {@link PositionFaultsTest}: saves one article's place over and over. */
public final class PositionWriterChild {
    private PositionWriterChild() {}

    /** Arguments: the state folder, the article key, how many saves, and the paragraph to save. */
    public static void main(String[] args) {
        PositionStore store = new PositionStore(Path.of(args[0]), warning -> {
            System.err.println("warning: " + warning);
            System.exit(3);
        });
        int saves = Integer.parseInt(args[2]);
        int paragraph = Integer.parseInt(args[3]);
        for (int i = 0; i < saves; i++) {
            store.save(args[1], new SavedReading(Optional.of(new Position(paragraph, i % 7)),
                    List.of(new Position(paragraph, 0))));
        }
    }
}
