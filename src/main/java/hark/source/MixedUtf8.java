package hark.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes text that is UTF-8 apart from a few stray single-byte characters, as happens when a file is pasted
 * together from two sources. Each valid UTF-8 sequence is decoded as UTF-8 and each stray byte as windows-1252,
 * so neither half turns into mojibake ("â€™"). Stateless.
 */
final class MixedUtf8 {
    private MixedUtf8() {}

    /** @return the text, or empty when the bytes are not mostly UTF-8 (more stray bytes than UTF-8 sequences) */
    static Optional<String> decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int sequences = 0;
        int stray = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                out.append((char) b);
            } else if (length > 1 && continuation(bytes, i, length)) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                sequences++;
            } else {
                out.append(new String(bytes, i, 1, CharsetDecoder.WINDOWS_1252));
                stray++;
                length = 1;
            }
            i += length;
        }
        return sequences > stray ? Optional.of(out.toString()) : Optional.empty();
    }

    private static boolean continuation(byte[] bytes, int start, int length) {
        if (start + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[start + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
