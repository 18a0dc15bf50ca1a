package hark.keys;

import hark.player.FakeSink;
import hark.player.FakeSynthesizer;
import hark.player.Scripts;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;

/** A child JVM for {@link SigtermTest}: a full-screen session on an xterm over its stdin and stdout. */
public final class SigtermChild {
    private SigtermChild() {}

    public static void main(String[] args) throws Exception {
        ExternalTerminal terminal = new ExternalTerminal("child", "xterm", System.in, System.out,
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        FakeSink sink = new FakeSink(FakeSynthesizer.RATE, 1.0);
        new ListenSession(Scripts.threeParagraphs(), Scripts.settings(1.0, false),
                v -> new FakeSynthesizer(v.name(), 200, FakeSynthesizer.log()), sink, terminal, Map.of()).run();
    }
}
