package hark.keys;

import hark.player.Await;
import hark.player.FakeSink;
import hark.player.FakeSynthesizer;
import hark.player.PlaybackEngine;
import hark.player.PlaybackSettings;
import hark.player.ScriptMap;
import hark.script.Script;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Runs a {@link ListenSession} on a JLine terminal over in-memory streams, in its own thread, so that a test can
 * type key bytes over time and read what the terminal printed.
 */
final class SessionHarness implements AutoCloseable {
    final PipedOutputStream keys;
    private final ByteArrayOutputStream captured;
    final Terminal terminal;
    final FakeSink sink;
    final List<FakeSynthesizer.Call> calls = FakeSynthesizer.log();
    final ListenSession session;
    private final ScriptMap map;
    private CompletableFuture<Integer> exit;

    private SessionHarness(PipedOutputStream keys, ByteArrayOutputStream captured, Terminal terminal, Script script,
                           PlaybackSettings settings, double pace, int millisPerChar, Map<String, String> env) {
        this.keys = keys;
        this.captured = captured;
        this.terminal = terminal;
        this.sink = new FakeSink(FakeSynthesizer.RATE, pace);
        this.map = new ScriptMap(script);
        this.session = new ListenSession(script, settings,
                v -> new FakeSynthesizer(v.name(), millisPerChar, calls), sink, terminal, env);
    }

    /** An xterm over in-memory streams, with JLine's own line discipline (Ctrl-C becomes a signal). */
    static SessionHarness xterm(Script script, PlaybackSettings settings, double pace, int millisPerChar,
                                Map<String, String> env) throws IOException {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 4096);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExternalTerminal t = new ExternalTerminal("test", "xterm", in, out, StandardCharsets.UTF_8);
        t.setSize(new Size(80, 24));
        return new SessionHarness(keys, out, t, script, settings, pace, millisPerChar, env);
    }

    /** A dumb terminal over a piped stdin, as a child process without a tty gets. */
    static SessionHarness dumb(Script script, PlaybackSettings settings, double pace, int millisPerChar)
            throws IOException {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 4096);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = new DumbTerminal("dumb", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
        return new SessionHarness(keys, out, t, script, settings, pace, millisPerChar, Map.of());
    }


    SessionHarness start() {
        exit = CompletableFuture.supplyAsync(session::run);
        return this;
    }

    void type(String keyBytes) throws IOException {
        keys.write(keyBytes.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    String output() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    void awaitOutput(String text) {
        await(() -> output().contains(text), "output to contain " + text + "; it was:\n" + output());
    }

    /** Waits until the text occurs at least {@code times} times. */
    void awaitOutput(String text, int times) {
        await(() -> count(output(), text) >= times, times + " × " + text + " in:\n" + output());
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static void await(BooleanSupplier condition, String what) {
        Await.await(condition, what);
    }

    void awaitEngine() {
        await(() -> session.engine() != null, "the engine");
    }

    PlaybackEngine engine() {
        return session.engine();
    }

    /** The sentence playing now, numbered from 0 over the whole script. */
    int index() {
        return map.indexOf(engine().snapshot().position());
    }

    int exitCode() throws Exception {
        return exit.get(10, TimeUnit.SECONDS);
    }

    CompletableFuture<Integer> exit() {
        return exit;
    }

    @Override
    public void close() throws IOException {
        if (exit != null && !exit.isDone()) {
            type("q");
            try {
                exit.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the test has failed already; just stop the session
            }
        }
        keys.close();
        terminal.close();
    }
}
