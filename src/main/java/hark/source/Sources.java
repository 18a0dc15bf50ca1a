package hark.source;

import java.io.InputStream;
import java.util.Locale;

/**
 * Turns what the user typed into a {@link Source}: {@code -} is stdin, an http(s) address is fetched, anything
 * else is a file. Whether the text is HTML is decided from the content ({@link ContentSniffer}), never from a file
 * extension. Thread-safe if the stdin stream is only read once.
 *
 * <p>{@code Source s = new Sources(System.in).read("https://example.com/story");}
 */
public final class Sources implements SourceReader {
    private final InputStream stdin;
    private final HttpFetcher http;

    public Sources(InputStream stdin) {
        this(stdin, new HttpFetcher());
    }

    Sources(InputStream stdin, HttpFetcher http) {
        this.stdin = stdin;
        this.http = http;
    }

    @Override
    public Source read(String argument) {
        if ("-".equals(argument)) {
            return StdinInput.read(stdin);
        }
        if (isWebAddress(argument)) {
            return http.fetch(argument);
        }
        return FileInput.read(argument);
    }

    public static boolean isWebAddress(String argument) {
        String lower = argument.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
