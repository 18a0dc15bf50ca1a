package hark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * A real terminal for tests: a tmux server on its own socket, one session of a given size running a shell
 * command, with keys sent as a listener types them and the screen read back as tmux renders it (including
 * whether the cursor is shown). Outside CI a test is skipped with the reason when tmux is missing; CI installs
 * it ({@code .ci/run}). Not thread-safe.
 */
final class Tmux implements AutoCloseable {
    private final String socket = "hark-test-" + UUID.randomUUID();
    private final Map<String, String> env;

    private Tmux(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Starts {@code shellCommand} in a terminal of the given size whose TERM is {@code screen}. */
    static Tmux start(String shellCommand, int columns, int rows, Map<String, String> env) throws Exception {
        requireTmux();
        Tmux t = new Tmux(env);
        t.run("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", Integer.toString(columns), "-y",
                Integer.toString(rows), "bash --norc --noprofile");
        t.run("set-option", "-t", "t", "remain-on-exit", "on");
        t.run("send-keys", "-t", "t", "-l", shellCommand);
        t.run("send-keys", "-t", "t", "Enter");
        return t;
    }

    static void requireTmux() {
        boolean present;
        try {
            present = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI needs tmux; .ci/run installs it");
        }
        Assumptions.assumeTrue(present, "tmux is not installed (CI installs it); skipping the real-terminal test");
    }

    /** Quotes a word for the shell. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    static String command(List<String> words) {
        return words.stream().map(Tmux::quote).collect(Collectors.joining(" "));
    }

    /** Types text as it is (no key names). */
    void type(String text) throws Exception {
        run("send-keys", "-t", "t", "-l", text);
    }

    /** Presses keys by tmux's names ("Right", "Space", "End"). */
    void press(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** @return the screen as text, one line per row */
    String screen() throws Exception {
        return run("capture-pane", "-p", "-t", "t");
    }

    /** @return a tmux format such as {@code #{cursor_flag}} for the pane */
    String display(String format) throws Exception {
        return run("display-message", "-p", "-t", "t", format).strip();
    }

    void awaitScreen(String text, Duration patience) throws Exception {
        await(() -> {
            try {
                return screen().contains(text);
            } catch (Exception e) {
                return false;
            }
        }, patience, () -> "the screen to show " + text + "; it shows:\n" + safeScreen());
    }

    static void await(BooleanSupplier condition, Duration patience, Supplier<String> what)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what.get());
            }
            Thread.sleep(50);
        }
    }

    String safeScreen() {
        try {
            return screen();
        } catch (Exception e) {
            return "(unreadable: " + e + ")";
        }
    }

    private String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().remove("TMUX");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    /** Stops the tmux server and whatever runs in it. */
    @Override
    public void close() {
        try {
            run("kill-server");
        } catch (Exception e) {
            // already gone
        }
    }

    /** @return a path inside {@code dir}, quoted for the shell */
    static String quoted(Path p) {
        return quote(p.toString());
    }
}
