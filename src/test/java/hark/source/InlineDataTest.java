package hark.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InlineDataTest {
    private static String filtered(String page) throws IOException {
        return new String(new InlineData(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)))
                .readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The same, with the stream handing over one byte at a time, so every state crosses a read's end. */
    private static String filteredByteByByte(String page) throws IOException {
        InputStream trickle = new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        return new String(new InlineData(trickle).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theBase64PayloadOfAnInlineImageIsLeftOutAndTheRestKept() throws IOException {
        String page = "<p>Before.</p><img alt=\"x\" src=\"data:image/png;base64,iVBORw0KGgo+/AAA==\"><p>After.</p>"
                + "<div style=\"background:url(DATA:image/jpeg;BASE64,/9j/4AAQSkZJRg==)\">Café</div>";
        String expected = "<p>Before.</p><img alt=\"x\" src=\"data:image/png;base64,\"><p>After.</p>"
                + "<div style=\"background:url(DATA:image/jpeg;BASE64,)\">Café</div>";
        assertThat(filtered(page)).isEqualTo(expected);
        assertThat(filteredByteByByte(page)).isEqualTo(expected);
    }

    @Test
    void textThatOnlyLooksLikeADataUriIsKept() throws IOException {
        String text = "The data: 5 people. See data:text/plain,hello%20world and ddata:;base64 and data:"
                + "x".repeat(300) + ";base64,abc and metadata: fine.";
        assertThat(filtered(text)).isEqualTo(text);
        assertThat(filteredByteByByte(text)).isEqualTo(text);
    }

    @Test
    void aPageThatIsAllPayloadReadsAsItsHeaderAndEnds() throws IOException {
        String page = "data:image/gif;base64," + "A".repeat(100_000);
        assertThat(filtered(page)).isEqualTo("data:image/gif;base64,");
        assertThat(new InlineData(new ByteArrayInputStream(new byte[0])).read()).isEqualTo(-1);
    }
}
