package hark.cli;

import hark.HarkException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The plain text that {@code sentences} and {@code spoken} take: a file, or stdin for "-" or nothing. A picocli
 * mixin, so both commands declare the parameter once.
 */
final class PlainInput {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A text file, or - (the default) for stdin.")
    String file;

    String read(InputStream stdin) {
        try {
            if (file == null || "-".equals(file)) {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new HarkException(HarkException.INPUT, file + ": no such file; give a text file or - for stdin");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HarkException(HarkException.INPUT, (file == null ? "stdin" : file) + ": could not read: "
                    + e.getMessage());
        }
    }
}
