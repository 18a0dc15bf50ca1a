package hark.resume;

import hark.script.Position;
import hark.source.Source;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Remembers where the listener stopped in each article, and the bookmarks made in it, one small file per article in the XDG state directory.
 * A web page is keyed by its URL; a file or a paste by a hash of its content, so a renamed file still resumes.
 * Writes go to a temporary file that is then renamed, so a crash never leaves half a file, and two hark processes
 * saving the same article at once leave one whole file or the other (the last rename wins). Other articles live
 * in other files, so they are never touched. The folder is user-only (0700) and the files 0600: they say what
 * someone reads. A file that cannot be read, or is too large to be one of ours, is reported through the warning
 * callback and ignored: losing a position must never stop the reading.
 */
public final class PositionStore {
    /** Far above any real position file (a few hundred bytes, bookmarks included); a larger one is not ours. */
    static final long MAX_FILE_BYTES = 64 * 1024;
    /** Characters encoded at a time for a text's key. */
    static final int HASH_PIECE = 16 * 1024;
    private static final FileAttribute<Set<PosixFilePermission>> USER_ONLY_FOLDER =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final FileAttribute<Set<PosixFilePermission>> USER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

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
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException("larger than " + MAX_FILE_BYTES / 1024 + " KB, so not a position file");
            }
        } catch (IOException e) {
            warnings.accept("ignoring the saved position in " + file + " (" + e.getMessage()
                    + "); starting from the beginning");
            return SavedReading.NOTHING;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String position = p.getProperty("position", "").strip();
            List<Position> bookmarks = new ArrayList<>();
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
            createFolder();
            Path temp = posix() ? Files.createTempFile(folder, ".position", ".tmp", USER_ONLY_FILE)
                    : Files.createTempFile(folder, ".position", ".tmp");
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

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(folder, USER_ONLY_FOLDER);
        } else {
            Files.createDirectories(folder);
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    public void forget(String key) {
        try {
            Files.deleteIfExists(fileFor(key));
        } catch (IOException e) {
            warnings.accept("could not remove the saved position (" + e.getMessage() + ")");
        }
    }

    /** "paragraph:sentence", both from 0. */
    private static String format(Position place) {
        return place.paragraph() + ":" + place.sentence();
    }

    private static Position parsePlace(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a place: " + text.strip());
        }
        return new Position(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    private Path fileFor(String key) {
        return folder.resolve(sha256(key).substring(0, 32) + ".position");
    }

    /**
     * The SHA-256 of the text's UTF-8 bytes, encoded a piece at a time into two small buffers: a page at the fetch
     * limit would otherwise be copied whole (10 to 30 MB) just when its text, article and script are all in memory.
     * Pieces never end inside a surrogate pair, and a lone surrogate becomes "?" as in {@code getBytes}, so the
     * bytes, and the keys already saved, are the same as from one {@code getBytes}.
     */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            char[] chars = new char[HASH_PIECE];
            ByteBuffer bytes = ByteBuffer.allocate(HASH_PIECE * 3); // UTF-8 takes at most 3 bytes for a char
            for (int start = 0; start < text.length(); ) {
                int end = Math.min(text.length(), start + HASH_PIECE);
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                text.getChars(start, end, chars, 0);
                bytes.clear();
                utf8.reset().encode(CharBuffer.wrap(chars, 0, end - start), bytes, true);
                utf8.flush(bytes);
                digest.update(bytes.flip());
                start = end;
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
