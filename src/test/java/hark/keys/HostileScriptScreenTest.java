package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.player.Scripts;
import hark.script.Script;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Escape sequences that reach the script never reach the terminal, on the plain screen or the full one. */
@Slow // a listening session on the in-memory sound device, which plays in real time
class HostileScriptScreenTest {
    private static final String HOSTILE = "\u001B[2J\u001B]52;c;cm0gLXJmIH4=\u0007\u001B]8;;https://evil.example/\u0007"
            + "\u0007\b\b\u202E";

    private static Script script() {
        return new Script("Title " + HOSTILE + "here", List.of(
                Scripts.paragraph("First " + HOSTILE + "sentence.", "Second sentence."),
                Scripts.paragraph("Last " + HOSTILE + "one.")));
    }

    private static String visibleText(String output) {
        // The screen's own sequences (cursor, colours, alternate screen) are CSI with numbers; the page's are not.
        return output.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
    }

    @Test
    void thePlainScreenPrintsNoneOfThem() throws Exception {
        try (SessionHarness h = SessionHarness.dumb(script(), Scripts.settings(1.0, true), 4.0, 2).start()) {
            h.awaitOutput("Last");
            h.type("q");
            h.exitCode();
            assertThat(h.output()).contains("First sentence.").doesNotContain("\u001B", "\u0007", "\b", "\u202E");
        }
    }

    @Test
    void theFullScreenPrintsNoneOfThem() throws Exception {
        try (SessionHarness h = SessionHarness.xterm(script(), Scripts.settings(1.0, false), 4.0, 2, Map.of())
                .start()) {
            h.awaitOutput("Last");
            h.type("q");
            h.exitCode();
            String text = visibleText(h.output());
            // No "\b" check here: JLine itself moves the cursor left with a backspace on an xterm (cub1); the
            // plain screen above shows the page's backspaces are removed.
            assertThat(text).contains("Title here").doesNotContain("\u001B]", "\u0007", "\u202E", "2J", "evil");
        }
    }
}
