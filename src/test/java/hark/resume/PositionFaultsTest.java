package hark.resume;

import static org.assertj.core.api.Assertions.assertThat;

import hark.script.Position;
import hark.Slow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The positions file under damage, size, permissions and two writers at once. */
@Timeout(120)
@Slow
class PositionFaultsTest {
    private static final String ARTICLE = "https://example.com/story";
    private static final String OTHER = "https://example.com/other";

    @TempDir
    Path state;

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    private static SavedReading at(int paragraph, int sentence) {
        return new SavedReading(Optional.of(new Position(paragraph, sentence)), List.of());
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(state)) {
            return files.filter(f -> f.toString().endsWith(".position")).findFirst().orElseThrow();
        }
    }

    @Test
    void anEmptyFileMeansNothingSavedWithoutFuss() throws IOException {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save(ARTICLE, at(3, 1));
        Files.write(onlyFile(), new byte[0]);
        assertThat(store.load(ARTICLE)).isEqualTo(SavedReading.NOTHING);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aHugeFileIsIgnoredWithAWarningNotRead() throws IOException {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save(ARTICLE, at(3, 1));
        Path file = onlyFile();
        // Still a valid properties file, so only the size check refuses it.
        Files.writeString(file, "#" + "x".repeat(2 * 1024 * 1024) + "\n" + Files.readString(file));
        assertThat(store.load(ARTICLE)).isEqualTo(SavedReading.NOTHING);
        assertThat(warnings).singleElement().asString().contains("ignoring the saved position", "KB");
    }

    @Test
    void negativeAndMalformedPlacesAreIgnoredWithAWarning() throws IOException {
        PositionStore store = new PositionStore(state, warnings::add);
        store.save(ARTICLE, at(3, 1));
        for (String content : List.of("position=-1:2\n", "position=1:2:3\n", "position=99999999999:0\n",
                "bookmarks=1:0,\\u12\n")) {
            Files.writeString(onlyFile(), content, StandardCharsets.UTF_8);
            assertThat(store.load(ARTICLE)).as(content).isEqualTo(SavedReading.NOTHING);
        }
        assertThat(warnings).hasSize(4).allSatisfy(w -> assertThat(w).contains("ignoring the saved position"));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void theFolderAndFilesAreUserOnly() throws IOException {
        Path folder = state.resolve("nested/positions");
        new PositionStore(folder, warnings::add).save(ARTICLE, at(1, 0));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).singleElement().satisfies(f ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
        }
    }

    @Test
    void anUnwritableStateFolderIsAWarningNotAFailure() throws IOException {
        Path blocked = state.resolve("positions");
        Files.writeString(blocked, "a file where the folder should be"); // fails even for root, unlike chmod
        PositionStore store = new PositionStore(blocked, warnings::add);
        store.save(ARTICLE, at(2, 0));
        assertThat(store.load(ARTICLE)).isEqualTo(SavedReading.NOTHING);
        assertThat(warnings).singleElement().asString().startsWith("could not save the reading position in");
    }

    @Test
    void twoWritersOnOneArticleAlwaysLeaveAFileThatParses() throws Exception {
        new PositionStore(state, warnings::add).save(OTHER, at(9, 9));
        for (int round = 0; round < 10; round++) {
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int paragraph = w + 1;
                PositionStore store = new PositionStore(state, warnings::add);
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < 50; i++) {
                        store.save(ARTICLE, at(paragraph, i % 5));
                    }
                });
                t.start();
                writers.add(t);
            }
            PositionStore reader = new PositionStore(state, warnings::add);
            go.countDown();
            while (writers.stream().anyMatch(Thread::isAlive)) {
                SavedReading seen = reader.load(ARTICLE);
                seen.position().ifPresent(p -> assertThat(p.paragraph()).isBetween(1, 2));
            }
            for (Thread t : writers) {
                t.join();
            }
            assertThat(reader.load(ARTICLE).position()).isPresent();
            assertThat(reader.load(OTHER)).isEqualTo(at(9, 9));
        }
        assertThat(warnings).isEmpty();
        try (Stream<Path> files = Files.list(state)) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void twoHarkProcessesOnOneArticleLoseNothing() throws Exception {
        new PositionStore(state, warnings::add).save(OTHER, at(9, 9));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> children = new ArrayList<>();
        for (int paragraph = 1; paragraph <= 2; paragraph++) {
            children.add(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), PositionWriterChild.class.getName(),
                    state.toString(), ARTICLE, "300", Integer.toString(paragraph))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        PositionStore reader = new PositionStore(state, warnings::add);
        int reads = 0;
        while (children.stream().anyMatch(Process::isAlive)) {
            SavedReading seen = reader.load(ARTICLE);
            seen.position().ifPresent(p -> assertThat(p.paragraph()).isBetween(1, 2));
            reads++;
        }
        for (Process child : children) {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("a writer warned").isZero();
        }
        assertThat(reads).isPositive();
        assertThat(reader.load(ARTICLE).position()).isPresent();
        assertThat(reader.load(OTHER)).isEqualTo(at(9, 9));
        assertThat(warnings).isEmpty();
    }
}
