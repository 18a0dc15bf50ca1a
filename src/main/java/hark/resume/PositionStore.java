package hark.resume;

import hark.player.Place;
import hark.source.Source;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Remembers where the listener stopped in each article, and the bookmarks made in it, one small file per article in the XDG state directory.
 * A web page is keyed by its URL; a file or a paste by a hash of its content, so a renamed file still resumes.
 * Writes go to a temporary file that is then renamed, so a crash never leaves half a file. A file that cannot be
 * read is reported through the warning callback and ignored: losing a position must never stop the reading.
 */
public final class PositionStore {
    private final Path folder;
    private final Consumer<String> warnings;

    public PositionStore(Path folder, Consumer<String> warnings) {
        this.folder = folder;
        this.warnings = warnings;
    }

    /** The key an article is remembered by. */
    public static String keyOf(Source source) {
        String origin = source.origin();
        boolean web = origin.startsWith("http://") || origin.startsWith("https://");
        return web ? origin : "sha256:" + sha256(source.text());
    }

    public SavedReading load(String key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return SavedReading.NOTHING;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String position = p.getProperty("position", "").strip();
            List<Place> bookmarks = new ArrayList<>();
            for (String place : p.getProperty("bookmarks", "").split(",")) {
                if (!place.isBlank()) {
                    bookmarks.add(parsePlace(place));
                }
            }
            return new SavedReading(position.isEmpty() ? Optional.empty() : Optional.of(parsePlace(position)),
                    bookmarks);
        } catch (IOException | IllegalArgumentException e) {
            warnings.accept("ignoring the saved position in " + file + " (" + e.getMessage()
                    + "); starting from the beginning");
            return SavedReading.NOTHING;
        }
    }

    /** Saves the reading, or forgets the article when there is nothing left to remember. */
    public void save(String key, SavedReading reading) {
        if (reading.isEmpty()) {
            forget(key);
            return;
        }
        Path file = fileFor(key);
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".position", ".tmp");
            Properties p = new Properties();
            p.setProperty("article", key);
            reading.position().ifPresent(place -> p.setProperty("position", format(place)));
            p.setProperty("bookmarks", String.join(",", reading.bookmarks().stream().map(PositionStore::format).toList()));
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "hark reading position");
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            warnings.accept("could not save the reading position in " + folder + " (" + e.getMessage() + ")");
        }
    }

    public void forget(String key) {
        try {
            Files.deleteIfExists(fileFor(key));
        } catch (IOException e) {
            warnings.accept("could not remove the saved position (" + e.getMessage() + ")");
        }
    }

    /** "paragraph:sentence", both from 0. */
    private static String format(Place place) {
        return place.paragraph() + ":" + place.sentence();
    }

    private static Place parsePlace(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a place: " + text.strip());
        }
        return new Place(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    private Path fileFor(String key) {
        return folder.resolve(sha256(key).substring(0, 32) + ".position");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
