package hark.resume;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Allocated;
import hark.script.Position;
import hark.source.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionStoreTest {
    @TempDir
    Path state;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void savedPositionIsLoadedBack() {
        PositionStore store = new PositionStore(state, warnings::add);
        SavedReading reading = new SavedReading(Optional.of(new Position(4, 2)), List.of(new Position(1, 0), new Position(6, 3)));
        store.save("https://example.com/a", reading);
        assertThat(new PositionStore(state, warnings::add).load("https://example.com/a")).isEqualTo(reading);
        assertThat(store.load("https://example.com/other")).isEqualTo(SavedReading.NOTHING);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFileWrittenByAnEarlierVersionStillLoads() throws IOException {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save("https://example.com/a", at(0, 0));
        try (Stream<Path> files = Files.list(state)) {
            // exactly what hark wrote before positions became one record: paragraph:sentence, both from 0
            Files.writeString(files.findFirst().orElseThrow(), "#hark reading position\n"
                    + "article=https\\://example.com/a\nposition=4\\:2\nbookmarks=1\\:0,6\\:3\n");
        }
        assertThat(store.load("https://example.com/a")).isEqualTo(new SavedReading(Optional.of(new Position(4, 2)),
                List.of(new Position(1, 0), new Position(6, 3))));
        assertThat(warnings).isEmpty();
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws IOException {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save("k", at(1, 0));
        store.save("k", at(2, 0));
        try (Stream<Path> files = Files.list(state)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".position"));
        }
        assertThat(store.load("k")).isEqualTo(at(2, 0));
    }

    @Test
    void corruptFileIsIgnoredWithAWarning() throws IOException {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save("k", at(3, 1));
        try (Stream<Path> files = Files.list(state)) {
            Files.writeString(files.findFirst().orElseThrow(), "position = banana\n\u0000\u0001");
        }
        assertThat(store.load("k")).isEqualTo(SavedReading.NOTHING);
        assertThat(warnings).singleElement().asString().contains("ignoring the saved position");
    }

    @Test
    void filesAreKeyedByContentAndPagesByUrl() {
        Source file1 = new Source("a.txt", "same text", Source.Format.TEXT, "");
        Source file2 = new Source("renamed.txt", "same text", Source.Format.TEXT, "");
        Source page = new Source("https://example.com/story", "<html>", Source.Format.HTML, "");
        assertThat(PositionStore.keyOf(file1)).isEqualTo(PositionStore.keyOf(file2)).startsWith("sha256:");
        assertThat(PositionStore.keyOf(page)).isEqualTo("https://example.com/story");
    }

    /** Keys saved before the text was hashed in pieces must still be found: the same bytes, split anywhere. */
    @Test
    void aLongTextsKeyIsTheHashOfAllItsUtf8BytesEvenWhereAPieceEndsInsideAPair() throws Exception {
        int piece = PositionStore.HASH_PIECE;
        String text = "a".repeat(piece - 1) + "\uD83D\uDE00" + "é".repeat(piece) + "\uD800 lone" + "b".repeat(piece - 3)
                + "\uDBFF" + " \uDC00 stray low";
        assertThat(text.charAt(piece - 1)).isEqualTo('\uD83D'); // the pair straddles the first piece's end
        MessageDigest whole = MessageDigest.getInstance("SHA-256");
        String expected = HexFormat.of().formatHex(whole.digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(PositionStore.sha256(text)).isEqualTo(expected);
        assertThat(PositionStore.keyOf(new Source("a.txt", text, Source.Format.TEXT, ""))).isEqualTo("sha256:" + expected);
    }

    /** The key of a page at the fetch limit is taken while its text, article and script are all held. */
    @Test
    void keyingALongTextDoesNotCopyItWhole() throws Exception {
        String text = "Une phrase d\u2019exemple. ".repeat(400_000); // 10 MB of chars, 22 MB of UTF-8
        assertThat(Allocated.bytesBy(() -> PositionStore.sha256(text))).isLessThan(text.length() / 10);
    }

    @Test
    void forgetRemovesThePosition() {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save("k", at(1, 1));
        store.forget("k");
        assertThat(store.load("k")).isEqualTo(SavedReading.NOTHING);
    }

    @Test
    void savingNothingForgetsTheArticle() {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save("k", at(1, 1));
        store.save("k", SavedReading.NOTHING);
        assertThat(store.load("k")).isEqualTo(SavedReading.NOTHING);
        assertThat(warnings).isEmpty();
    }

    private static SavedReading at(int paragraph, int sentence) {
        return new SavedReading(Optional.of(new Position(paragraph, sentence)), List.of());
    }
}
