package hark.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a body is from its content, not its name: blank, binary (and which kind), HTML or plain text.
 * A pasted article that mentions {@code <b>} or {@code <div>} in passing is still text; a page is HTML when it
 * starts like one or when tags make up much of it. Stateless and thread-safe.
 */
final class ContentSniffer {
    private static final int SAMPLE = 8192;
    /** Above this share of control bytes in the sample, the file is binary even without a NUL byte. */
    private static final double CONTROL_SHARE = 0.05;
    private static final Pattern DOCUMENT_START = Pattern.compile(
            "^(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body|meta|title|base|link)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:\\s|<!--.*?-->)*<(?:p|div|article|section|main|header|nav|h[1-6]|ul|ol|table|blockquote|script"
            + "|style|span|a|figure|form|center|font|pre)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile(
            "</?(?:html|head|body|p|div|span|a|br|hr|img|meta|link|title|script|style|section|article|main|header"
            + "|footer|nav|aside|h[1-6]|ul|ol|li|table|tr|td|th|em|strong|b|i|u|blockquote|figure|figcaption"
            + "|form|input|button|iframe|noscript|pre|code|sup|sub|small|time|picture|source|svg)"
            + "(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);

    private ContentSniffer() {}

    /** @return true when the bytes hold nothing but whitespace (and perhaps a byte order mark) */
    static boolean isBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    /** @return what kind of binary file this is ("a PNG image", "binary data"), or empty for text */
    static Optional<String> binaryKind(byte[] bytes) {
        Optional<String> magic = magic(bytes);
        if (magic.isPresent() || CharsetDecoder.bomCharset(bytes).isPresent()
                || CharsetDecoder.utf16WithoutBom(bytes).isPresent()) {
            return magic;
        }
        int n = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of("binary data");
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return n > 0 && controls > n * CONTROL_SHARE ? Optional.of("binary data") : Optional.empty();
    }

    private static Optional<String> magic(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of("a GIF image");
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("a PDF document");
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return Optional.of("a zip archive (or a document packed as one, such as .docx or .epub)");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("a gzip archive");
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("a program");
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')) {
            return Optional.of("a media file (RIFF)");
        }
        if (startsWith(b, 'I', 'D', '3') || b.length > 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return Optional.of("an audio or video file");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return true when the decoded text is an HTML page or fragment rather than plain text */
    static boolean looksLikeHtml(String text) {
        String head = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (DOCUMENT_START.matcher(head).find()) {
            return true;
        }
        String sample = text.length() > 16 * SAMPLE ? text.substring(0, 16 * SAMPLE) : text;
        int tags = 0;
        int tagChars = 0;
        int linesWithTag = 0;
        int line = 0;
        int lastTagLine = -1;
        int scanned = 0;
        Matcher m = TAG.matcher(sample);
        while (m.find()) {
            tags++;
            tagChars += m.end() - m.start();
            for (; scanned < m.start(); scanned++) { // the line this tag starts on, counted as the scan goes
                if (sample.charAt(scanned) == '\n') {
                    line++;
                }
            }
            if (line != lastTagLine) {
                linesWithTag++;
                lastTagLine = line;
            }
        }
        long lines = 0;
        long tagLines = 0;
        for (String l : (Iterable<String>) sample.lines()::iterator) {
            if (!l.isBlank()) {
                lines++;
                tagLines += l.stripLeading().startsWith("<") ? 1 : 0;
            }
        }
        // Tags must be spread through the text or make up much of it: a page dump can begin with a tracking
        // pixel's or an ad slot's raw markup, and a few such lines among hundreds of text lines do not make HTML.
        boolean spread = linesWithTag * 4 >= lines;
        boolean dense = tagChars * 20 >= sample.length();
        if (BLOCK_START.matcher(head).find()) {
            return tags >= 2 && (spread || dense);
        }
        // A fragment without a leading tag: tags must be frequent, not a passing mention.
        return tags >= 6 && (tagLines * 2 >= lines || dense && spread);
    }
}
