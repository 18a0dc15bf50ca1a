package hark.keys;

import static hark.keys.SessionHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.player.Scripts;
import hark.script.Script;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10: on small terminals the full screen keeps the sentence, the percent and the time left. */
@Slow // a listening session on the in-memory sound device, which plays in real time
class NarrowScreenTest {
    private static Script longLines() {
        return new Script("A rather long title for an article about narrow terminals and their users", List.of(
                Scripts.paragraph("Listeners who keep hark in a small split still want to see what is being read "
                        + "to them, how far along they are and how long is left.", "A second sentence.")));
    }

    @ParameterizedTest
    @CsvSource({"40, 10", "20, 5", "30, 6"})
    void smallTerminalsKeepTheSentencePercentAndTimeLeft(int columns, int rows) throws Exception {
        SessionHarness h = SessionHarness.xterm(longLines(), Scripts.settings(1.0, false), 1.0, 40, Map.of());
        h.terminal.setSize(new Size(columns, rows));
        try (h) {
            h.start();
            await(() -> VirtualScreen.render(h.output(), columns, rows).contains("Listeners"), "the sentence");
            Thread.sleep(250); // a tick or two of redraws
            String screen = VirtualScreen.render(h.output(), columns, rows);
            List<String> lines = screen.lines().toList();
            assertThat(lines).hasSizeLessThanOrEqualTo(rows);
            assertThat(screen).as(screen).contains("Listeners").containsPattern("\\d+%").contains(" left")
                    .contains("\u2026");
            assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThan(columns));
        }
    }
}
