package hark.source;

import hark.HarkException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** First version: reads files and stdin; URLs come next. */
public final class Sources implements SourceReader {
    private final InputStream stdin;

    public Sources(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Source read(String argument) {
        try {
            String text = "-".equals(argument)
                    ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(argument));
            Source.Format format = text.stripLeading().startsWith("<") ? Source.Format.HTML : Source.Format.TEXT;
            return new Source(argument, text, format, "");
        } catch (IOException e) {
            throw new HarkException(HarkException.INPUT, argument + ": could not read: " + e.getMessage());
        }
    }
}
