package hark.source;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Allocated;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CharsetDecoderTest {
    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void byteOrderMarkWinsAndIsRemoved() {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Olá".getBytes(StandardCharsets.UTF_16LE));
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Olá".getBytes(StandardCharsets.UTF_8));
        assertThat(CharsetDecoder.decode(utf16)).isEqualTo("Olá");
        assertThat(CharsetDecoder.decode(utf8)).isEqualTo("Olá");
    }

    @Test
    void validUtf8IsUtf8EvenWhenTheMetaTagSaysOtherwise() {
        byte[] bytes = "<meta charset=iso-8859-1><p>naïve</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDecoder.decode(bytes)).contains("naïve");
    }

    @Test
    void invalidUtf8FollowsTheMetaTagIncludingHttpEquiv() {
        byte[] bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"><p>Łódź</p>"
                .getBytes(Charset.forName("ISO-8859-2"));
        assertThat(CharsetDecoder.decode(bytes)).contains("Łódź");
    }

    @Test
    void fallsBackToWindows1252() {
        byte[] bytes = {'I', 't', (byte) 0x92, 's', ' ', (byte) 0x80, '5'};
        assertThat(CharsetDecoder.decode(bytes)).isEqualTo("It’s €5");
    }

    @Test
    void mostlyUtf8WithAStrayByteKeepsBothHalvesReadable() {
        byte[] utf8 = "It’s “quoted” – café ".getBytes(StandardCharsets.UTF_8);
        byte[] stray = {'n', (byte) 0xE9, 'e'}; // "née" saved as windows-1252
        assertThat(CharsetDecoder.decode(concat(utf8, stray))).isEqualTo("It’s “quoted” – café née");
    }

    @Test
    void latin1LabelsMeanWindows1252AsInBrowsers() {
        assertThat(CharsetDecoder.charset("ISO-8859-1")).contains(CharsetDecoder.WINDOWS_1252);
        assertThat(CharsetDecoder.charset("no-such-charset")).isEmpty();
    }

    @Test
    void theHttpHeaderComesBeforeTheMetaTag() {
        byte[] bytes = "<meta charset=koi8-r><p>caf\u00e9</p>".getBytes(Charset.forName("ISO-8859-15"));
        assertThat(CharsetDecoder.decode(bytes, "text/html; charset=iso-8859-15")).contains("café");
    }

    @Test
    void anUnknownHeaderCharsetFallsThroughToDetection() {
        byte[] bytes = "<p>naïve</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDecoder.decode(bytes, "text/html; charset=bogus")).contains("naïve");
    }

    @Test
    void utf8IsCheckedToTheLastByte() {
        byte[] text = "naïve café ".repeat(2000).getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDecoder.isValidUtf8(text)).isTrue();
        byte[] cut = Arrays.copyOf(text, text.length + 1);
        cut[text.length] = (byte) 0xC3; // the first byte of a two-byte sequence, and nothing after it
        assertThat(CharsetDecoder.isValidUtf8(cut)).isFalse();
        byte[] stray = text.clone();
        stray[stray.length / 2] = (byte) 0x92;
        assertThat(CharsetDecoder.isValidUtf8(stray)).isFalse();
        assertThat(CharsetDecoder.isValidUtf8(new byte[0])).isTrue();
    }

    /** Decoding a 10 MB page whole just to see whether it is UTF-8 held 20 MB of chars beside its bytes. */
    @Test
    void checkingUtf8DoesNotDecodeTheWholePageAtOnce() throws Exception {
        byte[] page = "Ein Text über Bäume. ".repeat(500_000).getBytes(StandardCharsets.UTF_8);
        assertThat(Allocated.bytesBy(() -> assertThat(CharsetDecoder.isValidUtf8(page)).isTrue()))
                .isLessThan(page.length / 10);
    }
}
