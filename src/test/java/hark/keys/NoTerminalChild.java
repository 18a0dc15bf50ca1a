package hark.keys;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A child JVM for {@link ListeningTerminalTest}: opens the listening terminal and says what it got. */
public final class NoTerminalChild {
    private NoTerminalChild() {}

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try (ListeningTerminal t = ListeningTerminal.open(Boolean.parseBoolean(args[0]), out)) {
            out.println("keys=" + t.keys() + " type=" + t.terminal().getType() + " lines="
                    + (t.plainLines() != null));
        }
    }
}
