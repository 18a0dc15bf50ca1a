package hark.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Decodes bytes into text, choosing the charset the way browsers do. For files and stdin: a byte order mark,
 * else UTF-8 if the bytes are valid UTF-8, else the page's own {@code <meta charset>} (or http-equiv, or XML
 * declaration), else UTF-8 with stray windows-1252 bytes if it is mostly UTF-8 (text pasted together from two
 * sources), else windows-1252. For HTTP the server's header charset and then the meta tag come before
 * detection. Labels are mapped as the WHATWG Encoding standard does (iso-8859-1 and us-ascii mean windows-1252).
 * Stateless and thread-safe.
 */
final class CharsetDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Browsers look for the meta charset in the first 1024 bytes; saved pages often push it further. */
    private static final int META_SCAN = 8192;
    private static final int UTF8_CHECK_CHARS = 8192;
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:+-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private CharsetDecoder() {}

    /** Decodes a file or stdin: BOM, UTF-16 without a BOM, valid UTF-8, meta tag, windows-1252. */
    static String decode(byte[] bytes) {
        Optional<Charset> bom = bomCharset(bytes).or(() -> utf16WithoutBom(bytes));
        if (bom.isPresent()) {
            return stripBom(new String(bytes, bom.get()));
        }
        if (isValidUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        Optional<Charset> meta = metaCharset(bytes);
        if (meta.isPresent()) {
            return new String(bytes, meta.get());
        }
        return MixedUtf8.decode(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }

    /**
     * Decodes an HTTP body: BOM, the header's charset, the meta tag, then detection as for files. A declaration
     * that the bytes contradict is not trusted: a page that says UTF-8 but is not valid UTF-8, or says a
     * single-byte charset while its non-ASCII bytes are valid UTF-8, goes to detection (a wrong header is
     * common, and trusting it turns every accented letter into two wrong ones).
     */
    static String decode(byte[] bytes, String contentType) {
        Optional<Charset> bom = bomCharset(bytes).or(() -> utf16WithoutBom(bytes));
        if (bom.isPresent()) {
            return stripBom(new String(bytes, bom.get()));
        }
        Optional<Charset> declared = headerCharset(contentType).or(() -> metaCharset(bytes))
                .filter(charset -> believable(charset, bytes));
        if (declared.isPresent()) {
            return new String(bytes, declared.get());
        }
        return decode(bytes);
    }

    private static boolean believable(Charset declared, byte[] bytes) {
        boolean utf8 = isValidUtf8(bytes);
        if (declared.equals(StandardCharsets.UTF_8)) {
            return utf8;
        }
        boolean singleByte = declared.newEncoder().maxBytesPerChar() <= 1.0f;
        return !(singleByte && utf8 && hasNonAscii(bytes));
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-16 saved without a byte order mark: text in Latin script then has a zero in every other byte. Seen in
     * files written by some Windows tools; without this they would be refused as binary for their zero bytes.
     */
    static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros >= pairs * 0.7 && evenZeros <= pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros >= pairs * 0.7 && oddZeros <= pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static Optional<Charset> headerCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /**
     * The charset the page declares in its first bytes. The head is parsed with jsoup (as ISO-8859-1, which maps
     * bytes one to one, so any ASCII-compatible declaration reads correctly), which copes with unquoted and
     * oddly-cased attributes better than a regular expression would.
     */
    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return charset(xml.group(1));
        }
        Document doc = Jsoup.parse(head);
        for (Element meta : doc.select("meta[charset], meta[http-equiv][content]")) {
            Optional<Charset> found = meta.hasAttr("charset") ? charset(meta.attr("charset"))
                    : "content-type".equalsIgnoreCase(meta.attr("http-equiv").strip())
                    ? headerCharset(meta.attr("content")) : Optional.empty();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** @return the charset for a label, as browsers read it; empty for unknown labels */
    static Optional<Charset> charset(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1", "cp1252" -> {
                return Optional.of(WINDOWS_1252);
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            // A page that claims UTF-16 in a meta tag was read as ASCII to find it, so it cannot be UTF-16.
            case "utf-16", "utf-16le", "utf-16be" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            default -> {
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
    }

    /**
     * Decodes into one small buffer over and over, since only whether it decodes matters: decoding all of a 10 MB
     * page at once held 20 MB of chars beside its bytes (issue 12, peak memory).
     */
    static boolean isValidUtf8(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(UTF8_CHECK_CHARS);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
