package hark.resume;

import static org.assertj.core.api.Assertions.assertThat;

import hark.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        store.save("https://example.com/a", new Position(4, 2));
        assertThat(new PositionStore(state, warnings::add).load("https://example.com/a"))
                .contains(new Position(4, 2));
        assertThat(store.load("https://example.com/other")).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws IOException {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save("k", new Position(1, 0));
        store.save("k", new Position(2, 0));
        try (Stream<Path> files = Files.list(state)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".position"));
        }
        assertThat(store.load("k")).contains(new Position(2, 0));
    }

    @Test
    void corruptFileIsIgnoredWithAWarning() throws IOException {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save("k", new Position(3, 1));
        try (Stream<Path> files = Files.list(state)) {
            Files.writeString(files.findFirst().orElseThrow(), "paragraph = banana\n\u0000\u0001");
        }
        assertThat(store.load("k")).isEmpty();
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

    @Test
    void forgetRemovesThePosition() {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save("k", new Position(1, 1));
        store.forget("k");
        assertThat(store.load("k")).isEmpty();
    }
}
