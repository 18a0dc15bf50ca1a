package hark.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and unusual encodings read as the writer meant, never as replacement characters or "binary data". */
class EncodingsTest {
    private static final String ARTICLE = "<html><body><p>Crème brûlée in Zürich, naïve café.</p></body></html>";

    private static Source readFile(Path dir, byte[] bytes) throws IOException {
        Path file = dir.resolve("page.html");
        Files.write(file, bytes);
        return new Sources(new ByteArrayInputStream(new byte[0])).read(file.toString());
    }

    @Test
    void invalidUtf8ReadsAsWindows1252InsteadOfReplacementCharacters(@TempDir Path dir) throws IOException {
        byte[] bytes = ARTICLE.getBytes(Charset.forName("windows-1252"));
        bytes = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        bytes[bytes.length - 2] = (byte) 0xC3; // a lone lead byte: never valid UTF-8
        bytes[bytes.length - 1] = (byte) 0x28;
        assertThat(readFile(dir, bytes).text()).contains("Crème brûlée in Zürich").doesNotContain("\uFFFD");
    }

    @Test
    void utf16WithAByteOrderMark(@TempDir Path dir) throws IOException {
        byte[] le = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16BE);
        assertThat(readFile(dir, le).text()).startsWith("<html>").contains("Crème brûlée");
        assertThat(readFile(dir, be).text()).startsWith("<html>").contains("Crème brûlée");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadNotRefusedAsBinary(@TempDir Path dir) throws IOException {
        Source le = readFile(dir, ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        Source be = readFile(dir, ARTICLE.getBytes(StandardCharsets.UTF_16BE));
        assertThat(le.text()).isEqualTo(ARTICLE);
        assertThat(be.text()).isEqualTo(ARTICLE);
        assertThat(le.format()).isEqualTo(Source.Format.HTML);
    }

    @Test
    void aHeaderThatSaysUtf8OverWindows1252BytesIsNotBelieved() {
        byte[] bytes = ARTICLE.getBytes(Charset.forName("windows-1252"));
        assertThat(CharsetDecoder.decode(bytes, "text/html; charset=utf-8"))
                .contains("Crème brûlée").doesNotContain("\uFFFD");
    }

    @Test
    void aHeaderThatSaysLatin1OverUtf8BytesIsNotBelieved() {
        byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDecoder.decode(bytes, "text/html; charset=iso-8859-1"))
                .contains("Crème brûlée").doesNotContain("Ã");
    }

    @Test
    void aTrueHeaderIsStillFollowed() {
        byte[] koi8 = "<p>Привет</p>".getBytes(Charset.forName("KOI8-R"));
        assertThat(CharsetDecoder.decode(koi8, "text/html; charset=koi8-r")).contains("Привет");
        byte[] latin = ARTICLE.getBytes(Charset.forName("windows-1252"));
        assertThat(CharsetDecoder.decode(latin, "text/html; charset=windows-1252")).contains("Crème brûlée");
    }

    @Test
    void binaryWithZeroBytesIsStillBinary() {
        byte[] mixed = new byte[64];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (byte) (i % 3 == 0 ? 0 : 'x');
        }
        assertThat(ContentSniffer.binaryKind(mixed)).contains("binary data");
    }
}
