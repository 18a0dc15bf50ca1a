package hark.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir
    Path dir;

    private static Sources sources(String stdin) {
        return new Sources(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertInputError(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(HarkException.class).hasMessage(message)
                .satisfies(e -> assertThat(((HarkException) e).exitCode()).isEqualTo(HarkException.INPUT));
    }

    @Test
    void aMissingFileIsNamedWithWhatToDo() {
        String path = dir.resolve("nope.txt").toString();
        assertInputError(() -> sources("").read(path), path + ": no such file; check the path");
    }

    @Test
    void aMissingFileThatLooksLikeAHostSuggestsHttps() {
        assertThatThrownBy(() -> sources("").read("example.com/story"))
                .hasMessage("example.com/story: no such file; if it is a web address, start it with https://");
    }

    @Test
    void anEmptyArgumentIsRefused() {
        assertInputError(() -> sources("").read(" "), "no article given; give a URL, a file, or - for stdin");
    }

    @Test
    void aDirectoryIsRefused() {
        assertInputError(() -> sources("").read(dir.toString()),
                dir + ": is a directory; give one article file inside it, a URL, or - for stdin");
    }

    @Test
    void anEmptyOrWhitespaceFileIsRefused() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n  \n");
        assertInputError(() -> sources("").read(empty.toString()),
                empty + ": the file is empty; give a file with an article in it");
        assertInputError(() -> sources("").read(blank.toString()),
                blank + ": the file is empty; give a file with an article in it");
    }

    @Test
    void binaryFilesAreRefusedByContentWhateverTheirName() throws IOException {
        Path png = Files.write(dir.resolve("story.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A});
        Path zip = Files.write(dir.resolve("story.html"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Path junk = Files.write(dir.resolve("data"), new byte[] {'a', 'b', 0, 'c', 1, 2, 3});
        assertThatThrownBy(() -> sources("").read(png.toString())).hasMessageStartingWith(png + ": looks like a PNG image");
        assertThatThrownBy(() -> sources("").read(zip.toString())).hasMessageStartingWith(zip + ": looks like a zip");
        assertThatThrownBy(() -> sources("").read(junk.toString())).hasMessageStartingWith(junk + ": looks like binary data");
    }

    @Test
    void controlHeavyBytesWithoutNulAreBinary() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        }
        Path file = Files.write(dir.resolve("odd"), bytes);
        assertThatThrownBy(() -> sources("").read(file.toString())).hasMessageContaining("looks like binary data");
    }

    @Test
    void htmlIsToldByContentNotExtension() throws IOException {
        Path html = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>");
        Path text = Files.writeString(dir.resolve("notes.html"), "A title\n\nUse the <b> tag for bold text.\n");
        Source page = sources("").read(html.toString());
        assertThat(page.format()).isEqualTo(Source.Format.HTML);
        assertThat(page.baseUri()).startsWith("file:");
        assertThat(sources("").read(text.toString()).format()).isEqualTo(Source.Format.TEXT);
    }

    @Test
    void readsStdinForDash() {
        Source source = sources("Headline of the piece\n\nSome text.\n").read("-");
        assertThat(source.origin()).isEqualTo("-");
        assertThat(source.format()).isEqualTo(Source.Format.TEXT);
        assertThat(source.text()).startsWith("Headline");
    }

    @Test
    void emptyStdinIsRefused() {
        assertThatThrownBy(() -> sources("  \n").read("-")).isInstanceOf(HarkException.class)
                .hasMessageStartingWith("stdin: nothing to read; pipe an article in");
    }

    @Test
    void decodesFilesInWindows1252WhenTheyAreNotUtf8() throws IOException {
        Path file = Files.write(dir.resolve("latin.txt"),
                "Caf\u00e9 \u201cquoted\u201d \u2013 fine\n".getBytes(Charset.forName("windows-1252")));
        assertThat(sources("").read(file.toString()).text()).isEqualTo("Café “quoted” – fine\n");
    }

    @Test
    void savedPageFromTheResourcesDecodesByItsMetaTag() throws IOException {
        Path file = dir.resolve("saved.html");
        try (InputStream in = getClass().getResourceAsStream("/source/latin1-meta.html")) {
            Files.copy(in, file);
        }
        Source source = sources("").read(file.toString());
        assertThat(source.format()).isEqualTo(Source.Format.HTML);
        assertThat(source.text()).contains("Zürich").contains("naïve");
    }

    /** A page saved whole may be 64 MB with its images; what is held and parsed is its text (issue 12). */
    @Test
    void aSavedPageOver10MbOfInlineImagesIsReadWithoutThem() throws IOException {
        Path saved = dir.resolve("saved.html");
        String image = "<img src=\"data:image/png;base64," + "QUJD".repeat(1024 * 1024) + "\">\n";
        Files.writeString(saved, "<html><body><article><p>" + "A sentence of the story. ".repeat(20)
                + "</p>" + image.repeat(4) + "</article></body></html>");
        assertThat(Files.size(saved)).isGreaterThan(16L * 1024 * 1024);
        Source source = sources("").read(saved.toString());
        assertThat(source.text()).contains("A sentence of the story.").hasSizeLessThan(10_000);
    }

    @Test
    void aFileWithMoreThan10MbOfTextIsRefusedInOneLine() throws IOException {
        Path text = dir.resolve("long.txt");
        Files.writeString(text, "A sentence of the story. ".repeat(440_000));
        assertInputError(() -> sources("").read(text.toString()), text
                + ": more than 10 MB of text (inline images aside), too big for an article; give a single article");
    }

    @Test
    void aFileOver64MbIsRefusedInOneLineBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.html");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(65L * 1024 * 1024); // sparse: nothing is written
        }
        assertInputError(() -> sources("").read(huge.toString()),
                huge + ": larger than 64 MB, too big for an article; give a single article");
    }
}
