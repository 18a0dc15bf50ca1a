package hark.cli;

import hark.HarkException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the scheme of an article given as an address before it is read: http and https are fetched, a
 * {@code file://} address is read as the file it names, and any other scheme ({@code ftp://}, {@code gopher://})
 * is refused in one line instead of being looked for as a file.
 */
final class ArticleAddress {
    private static final Pattern SCHEME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.-]*)://");

    private ArticleAddress() {}

    /** @return the argument to read: unchanged, or the path a {@code file://} address names */
    static String checked(String argument) {
        Matcher m = SCHEME.matcher(argument);
        if (!m.find()) {
            return argument;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            return argument;
        }
        if (scheme.equals("file")) {
            try {
                return Path.of(URI.create(argument.strip())).toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                throw new HarkException(HarkException.INPUT, argument + ": not a file address hark can read ("
                        + e.getMessage() + "); give the file's path instead");
            }
        }
        throw new HarkException(HarkException.INPUT, argument + ": the " + scheme + ":// scheme is not supported; "
                + "give an http or https address, a file, or - for stdin");
    }
}
