package hark.cli;

import hark.source.Sources;
import java.io.InputStream;
import picocli.CommandLine.Parameters;

/**
 * The plain text that {@code sentences} and {@code spoken} take: a file, or stdin for "-" or nothing. A picocli
 * mixin, so both commands declare the parameter once. It is read as the main path reads an article (charset
 * detection, binaries refused, one-line errors) but not cleaned.
 */
final class PlainInput {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A text file, or - (the default) for stdin.")
    String file;

    String read(InputStream stdin) {
        return new Sources(stdin).read(file == null ? "-" : file).text();
    }
}
