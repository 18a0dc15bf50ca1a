package hark.source;

import hark.HarkException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Reads an article from a file, with a one-line message for each way a path can be wrong. */
final class FileInput {
    // "example.com/story" or "www.site.org": the user most likely meant a URL.
    private static final Pattern LOOKS_LIKE_HOST = Pattern.compile(
            "^(?i)(www\\.|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|org|net|edu|gov|io|co|uk|de|fr|news|info|ca|au|in)(/|$))");

    private FileInput() {}

    static Source read(String argument) {
        if (argument.isBlank()) {
            throw new HarkException(HarkException.INPUT, "no article given; give a URL, a file, or - for stdin");
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            throw new HarkException(HarkException.INPUT, argument
                    + ": not a valid file name; check the path, or give a URL or - for stdin");
        }
        if (Files.isDirectory(path)) {
            throw new HarkException(HarkException.INPUT, argument
                    + ": is a directory; give one article file inside it, a URL, or - for stdin");
        }
        if (!Files.exists(path)) {
            String hint = LOOKS_LIKE_HOST.matcher(argument).find()
                    ? "; if it is a web address, start it with https://" : "; check the path";
            throw new HarkException(HarkException.INPUT, argument + ": no such file" + hint);
        }
        byte[] bytes;
        // Up to 64 MB on disk, for the images a page saved whole carries inline; but its text, what is held and
        // parsed, is held to the 10 MB a fetched page may have, so that memory stays within bounds (issue 12).
        try (InputStream in = new InlineData(Files.newInputStream(path))) {
            long size = Files.size(path);
            if (size > BoundedRead.MAX_FILE_BYTES) {
                throw new HarkException(HarkException.INPUT, argument + ": larger than " + BoundedRead.MAX_FILE_BYTES
                        / (1024 * 1024) + " MB, too big for an article; give a single article");
            }
            bytes = BoundedRead.readAll(in, BoundedRead.MAX_BYTES, size <= BoundedRead.MAX_BYTES ? size : -1);
        } catch (BoundedRead.TooLarge e) {
            throw new HarkException(HarkException.INPUT, argument + ": more than " + BoundedRead.MAX_MB
                    + " MB of text (inline images aside), too big for an article; give a single article");
        } catch (AccessDeniedException e) {
            throw new HarkException(HarkException.INPUT, argument + ": permission denied; check the file's permissions", e);
        } catch (IOException e) {
            throw new HarkException(HarkException.INPUT, argument + ": could not read: " + e.getMessage(), e);
        }
        if (ContentSniffer.isBlank(bytes)) {
            throw new HarkException(HarkException.INPUT, argument
                    + ": the file is empty; give a file with an article in it");
        }
        return SourceDecoder.fromBytes(argument, argument, bytes, path.toAbsolutePath().toUri().toString());
    }
}
