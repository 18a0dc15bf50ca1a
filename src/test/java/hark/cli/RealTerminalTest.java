package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.audio.AlsaFileDevice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the whole program on a real terminal (tmux, TERM=screen), where the defects lived: what the terminal
 * is left with, raw mode under TERM=dumb, keys with the article on stdin or the output redirected, and keys
 * pressed after the last sentence. The sound goes to a file through ALSA, as in {@link ListeningEndToEndTest}.
 */
@Slow
class RealTerminalTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path WELCOME = Path.of("examples/welcome.html").toAbsolutePath();

    private AlsaFileDevice device;
    private Path dir;

    @BeforeEach
    void setUp() throws IOException {
        Tmux.requireTmux();
        device = AlsaFileDevice.create();
        dir = device.home();
    }

    @AfterEach
    void tearDown() throws IOException {
        device.close();
    }

    /** Runs hark in tmux: stty -a before and after, and the exit code, go to files in the test's HOME. */
    private Tmux hark(String prefix, String suffix, String... args) throws Exception {
        List<String> java = new ArrayList<>(device.java(Main.class, args).command());
        String command = "stty -a > " + Tmux.quoted(dir.resolve("before.txt")) + "; " + prefix + Tmux.command(java)
                + suffix + "; echo EXIT=$? > " + Tmux.quoted(dir.resolve("exit.txt")) + "; stty -a > "
                + Tmux.quoted(dir.resolve("after.txt"));
        return Tmux.start(command, 100, 30, Map.of("HOME", dir.toString(),
                "XDG_CONFIG_HOME", dir.resolve(".config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString()));
    }

    private String exit() throws Exception {
        Path file = dir.resolve("exit.txt");
        Tmux.await(() -> Files.exists(file) && Files.exists(dir.resolve("after.txt")), PATIENCE, () -> "hark to exit");
        Thread.sleep(100);
        return Files.readString(file).strip();
    }

    private String read(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private void awaitFile(String name, String text) throws InterruptedException {
        Tmux.await(() -> {
            try {
                return read(name).contains(text);
            } catch (IOException e) {
                return false;
            }
        }, PATIENCE, () -> name + " to contain " + text);
    }

    @Test
    void quittingShowsTheCursorAgainAndGivesBackEveryAttributeIncludingTheLineSpeed() throws Exception {
        try (Tmux t = hark("", "", WELCOME.toString())) {
            t.awaitScreen(" left", PATIENCE);
            assertThat(t.display("#{cursor_flag} #{alternate_on}")).as("hidden cursor, alternate screen")
                    .isEqualTo("0 1");
            t.type("q");
            assertThat(exit()).isEqualTo("EXIT=0");
            assertThat(t.display("#{cursor_flag} #{alternate_on}")).as("cursor shown, normal screen")
                    .isEqualTo("1 0");
            assertThat(read("after.txt")).as("stty -a after equals before").isEqualTo(read("before.txt"))
                    .contains("speed 38400 baud");
        }
    }

    @Test
    void sigtermOnARealTerminalEndsHarkAndGivesEveryAttributeBack() throws Exception {
        try (Tmux t = hark("", "", WELCOME.toString())) {
            t.awaitScreen(" left", PATIENCE);
            long shell = Long.parseLong(t.display("#{pane_pid}").strip());
            ProcessHandle.of(shell).orElseThrow().children().forEach(ProcessHandle::destroy); // SIGTERM to hark
            assertThat(exit()).isEqualTo("EXIT=143");
            assertThat(read("after.txt")).as("stty -a after equals before").isEqualTo(read("before.txt"));
        }
    }

    @Test
    void termDumbStillPutsTheTerminalInRawModeSoKeysActAtOnce() throws Exception {
        try (Tmux t = hark("TERM=dumb ", "", WELCOME.toString())) {
            t.awaitScreen("Press ? for the keys", PATIENCE);
            t.type(" "); // no Enter
            t.awaitScreen("Paused.", PATIENCE);
            t.press("Right");
            t.awaitScreen("Sentence 2 of 2:", PATIENCE);
            t.type("q");
            assertThat(exit()).isEqualTo("EXIT=0");
            assertThat(t.screen()).doesNotContain("^[");
            assertThat(read("after.txt")).isEqualTo(read("before.txt"));
        }
    }

    @Test
    void rightArrowOnTheLastSentenceStaysAndExtraPressesNeverReachTheShell() throws Exception {
        try (Tmux t = hark("", "", "--plain", WELCOME.toString())) {
            t.awaitScreen("Press ? for the keys", PATIENCE);
            t.press("End");
            t.awaitScreen("Paragraph 11 of 11.", PATIENCE);
            t.press("Right", "Right", "Right", "Right");
            t.awaitScreen("Last sentence.", PATIENCE);
            Thread.sleep(500);
            assertThat(read("exit.txt")).as("still listening").isEmpty();
            t.type("q");
            assertThat(exit()).isEqualTo("EXIT=0");
            String screen = t.screen();
            assertThat(screen).doesNotContain("^[").doesNotContain("[C");
        }
    }

    @Test
    void outputToAFileGetsPlainLinesWhileKeysStillComeFromTheTerminal() throws Exception {
        try (Tmux t = hark("", " > " + Tmux.quoted(dir.resolve("out.txt")), WELCOME.toString())) {
            awaitFile("out.txt", "Press ? for the keys");
            t.type(" ");
            awaitFile("out.txt", "Paused.");
            t.type("q");
            assertThat(exit()).isEqualTo("EXIT=0");
            assertThat(read("out.txt")).contains("The quiet return of the night train", "Stopped at paragraph 1")
                    .doesNotContain("\u001B");
            assertThat(read("after.txt")).isEqualTo(read("before.txt"));
        }
    }

    @Test
    void withTheArticleOnStdinKeysComeFromTheTerminal() throws Exception {
        try (Tmux t = hark("cat " + Tmux.quoted(WELCOME) + " | ", "", "--plain", "-")) {
            t.awaitScreen("Press ? for the keys", PATIENCE);
            t.type(" ");
            t.awaitScreen("Paused.", PATIENCE);
            t.type("q");
            assertThat(exit()).isEqualTo("EXIT=0");
            assertThat(read("after.txt")).isEqualTo(read("before.txt"));
        }
    }

    @Test
    void changesOnlyPrintsTheChangesButNotTheSentences() throws Exception {
        try (Tmux t = hark("", "", "--changes-only", WELCOME.toString())) {
            t.awaitScreen("Press ? for the keys", PATIENCE);
            t.press("Down");
            t.awaitScreen("Paragraph 2 of", PATIENCE);
            Thread.sleep(1500); // long enough for the paragraph's first sentence to start
            t.type(" ");
            t.awaitScreen("Paused.", PATIENCE);
            t.type("q");
            assertThat(exit()).isEqualTo("EXIT=0");
            assertThat(t.screen()).doesNotContain("Sleeper services").doesNotContain("At ten past nine");
        }
    }
}
