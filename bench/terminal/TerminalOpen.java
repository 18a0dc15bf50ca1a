import hark.keys.ListeningTerminal;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * What the listening terminal costs, step by step, in one fresh JVM on a terminal: opening it as hark does
 * ({@link ListeningTerminal#open}), raw mode as the session enters it (read the attributes, then raw), one size
 * query (the full screen asks on every redraw), and giving it back. bench/terminal-open runs it on a pty.
 */
public final class TerminalOpen {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        ListeningTerminal listening = ListeningTerminal.open(false, new PrintWriter(System.out, true,
                StandardCharsets.UTF_8));
        long t1 = System.nanoTime();
        Terminal terminal = listening.terminal();
        Attributes saved = terminal.getAttributes();
        terminal.enterRawMode();
        long t2 = System.nanoTime();
        terminal.getSize();
        long t3 = System.nanoTime();
        terminal.setAttributes(saved);
        listening.close();
        long t4 = System.nanoTime();
        System.err.printf("open %4.0f  raw %3.0f  size %4.1f  restore %3.0f%n", ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                ms(t4 - t3));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
