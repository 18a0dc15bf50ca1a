package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;

import hark.player.PlaybackSettings;
import hark.player.ScriptMap;
import hark.player.Scripts;
import hark.player.Snapshot;
import hark.script.Script;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Random key sequences, real keys mixed with random bytes and half escape sequences, typed into a running
 * session: the position is always a sentence of the script, the speed stays in range, nothing throws, and
 * Ctrl-C still ends the session and gives the terminal back. 25 tries of up to 60 keys: about 10 s here.
 */
@Tag("slow") // a running session on the in-memory sound device, which plays in real time; jqwik's own @Tag
class KeySequenceFuzzTest {
    private static final List<String> KEYS = List.of(" ", "p", "\u001B[C", "\u001B[D", "\u001B[B", "\u001B[A",
            "\u001B[6~", "\u001B[5~", "\u001B[H", "\u001B[F", "\u001BOH", "\u001BOF", "]", "[", "}", "{", "\u007F",
            "\b", "r", "v", "s", "m", "'", "?", "/", "\r", "\n", "\u001B", "x", "Q", "é", "😀", "\u001B[", "\u001B[2",
            "\u001B[200~", "\u0000", "\t", "9");

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(KEYS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(3)
                        .filter(s -> !s.contains("\u0003") && !s.contains("\u001A") && !s.contains("\u001C")
                                && !s.contains("q") && !s.contains("Q"))));
        return key.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    private static Script script() {
        return new Script("Fuzzed", List.of(Scripts.heading("A heading."),
                Scripts.paragraph("One.", "Two.", "Three."), Scripts.paragraph("Four."),
                Scripts.heading("Another heading."), Scripts.paragraph("Five.", "Six.")));
    }

    @Property(tries = 25)
    void anyKeysKeepThePlaceAndSpeedValid(@ForAll("keys") String typed) throws Exception {
        Script script = script();
        ScriptMap map = new ScriptMap(script);
        try (SessionHarness h = SessionHarness.xterm(script, Scripts.settings(1.0, true), 4.0, 2, Map.of())) {
            h.start().awaitEngine();
            for (int i = 0; i < typed.length(); i += 7) {
                h.type(typed.substring(i, Math.min(typed.length(), i + 7)));
                assertValid(h.engine().snapshot(), map);
            }
            Thread.sleep(50);
            assertValid(h.engine().snapshot(), map);
            h.type("\u001B\u001B\u0003"); // leave search or help, then Ctrl-C
            int code = h.exit().get(10, TimeUnit.SECONDS);
            assertThat(code).isIn(0, ListenSession.INTERRUPTED);
            assertValid(h.engine().snapshot(), map);
        }
    }

    private static void assertValid(Snapshot s, ScriptMap map) {
        assertThat(map.clamp(s.position())).as("a position inside the script").isEqualTo(s.position());
        assertThat(s.speed()).isBetween(PlaybackSettings.MIN_SPEED, PlaybackSettings.MAX_SPEED);
        assertThat(s.paragraphNumber()).isBetween(1, s.paragraphs());
        assertThat(s.sentenceNumber()).isBetween(1, s.sentences());
    }
}
