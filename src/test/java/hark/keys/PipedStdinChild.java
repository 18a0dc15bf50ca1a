package hark.keys;

import hark.player.FakeSink;
import hark.player.FakeSynthesizer;
import hark.player.Scripts;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A child JVM for {@link PipedStdinTest}: a session on the system terminal exactly as the CLI opens it, run with
 * stdin and stdout redirected, so that JLine falls back to a dumb terminal.
 */
public final class PipedStdinChild {
    private PipedStdinChild() {}

    public static void main(String[] args) throws Exception {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            FakeSink sink = new FakeSink(FakeSynthesizer.RATE, 1.0);
            int code = new ListenSession(Scripts.threeParagraphs(), Scripts.settings(1.0, false),
                    v -> new FakeSynthesizer(v.name(), 60, FakeSynthesizer.log()), sink, terminal, Map.of()).run();
            terminal.writer().println("exit " + code + " type " + terminal.getType());
            terminal.flush();
            System.exit(code);
        }
    }
}
