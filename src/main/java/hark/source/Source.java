package hark.source;

import java.util.Objects;

/**
 * An article as it arrived, before any cleaning.
 *
 * @param origin what the user gave: a URL, a file path, or "-" for stdin; used in messages and as the resume key
 * @param text the decoded text of the page or paste
 * @param format whether {@code text} is HTML or plain text, decided from the content
 * @param baseUri the address relative links resolve against; empty for stdin and plain text
 */
public record Source(String origin, String text, Format format, String baseUri) {
    public enum Format { HTML, TEXT }

    public Source {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        baseUri = baseUri == null ? "" : baseUri;
    }
}
