package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

class KeyBindingsTest {
    /** Reads every binding from the bytes, as the controller does, on a dumb terminal (no key capabilities). */
    private static List<Operation> read(String bytes) throws Exception {
        Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        KeyMap<Operation> keys = KeyBindings.keyMap(t);
        BindingReader reader = new BindingReader(t.reader());
        List<Operation> ops = new ArrayList<>();
        for (Operation op = reader.readBinding(keys); op != null; op = reader.readBinding(keys)) {
            ops.add(op);
        }
        t.close();
        return ops;
    }

    @Test
    void mpvKeysMapToTheirOperations() throws Exception {
        assertThat(read(" p][}{\u007Fqr?vs/Qm'")).containsExactly(Operation.TOGGLE_PAUSE, Operation.TOGGLE_PAUSE,
                Operation.FASTER, Operation.SLOWER, Operation.MUCH_FASTER, Operation.MUCH_SLOWER,
                Operation.NORMAL_SPEED, Operation.QUIT, Operation.REPEAT, Operation.HELP, Operation.NEXT_VOICE,
                Operation.SPEAK_STATUS, Operation.SEARCH, Operation.QUIT_REMEMBER, Operation.BOOKMARK,
                Operation.NEXT_BOOKMARK);
    }

    @Test
    void arrowAndPagingKeysWorkInBothCursorModesWithoutTerminalCapabilities() throws Exception {
        assertThat(read("\u001B[C\u001BOC\u001B[D\u001B[B\u001B[A\u001B[6~\u001B[5~\u001B[H\u001B[1~\u001B[F\u001B[4~"))
                .containsExactly(Operation.NEXT_SENTENCE, Operation.NEXT_SENTENCE, Operation.BACK,
                        Operation.NEXT_PARAGRAPH, Operation.PREVIOUS_PARAGRAPH, Operation.NEXT_SECTION,
                        Operation.PREVIOUS_SECTION, Operation.START, Operation.START, Operation.END, Operation.END);
    }

    @Test
    void ctrlCAsAByteQuits() throws Exception {
        assertThat(read("\u0003")).containsExactly(Operation.QUIT);
    }

    @Test
    void unknownKeysAndEscapeSequencesAreSwallowedWhole() throws Exception {
        // Shift-Tab, F1, F5, Ctrl-→, then a real ]
        assertThat(read("x\u001B[Z\u001BOP\u001B[15~\u001B[1;5Cé]"))
                .containsExactly(Operation.IGNORE, Operation.IGNORE, Operation.IGNORE, Operation.IGNORE,
                        Operation.IGNORE, Operation.IGNORE, Operation.FASTER);
    }

    @Test
    void everyOperationButIgnoreIsInTheHelp() {
        List<String> lines = KeyBindings.helpLines();
        assertThat(KeyBindings.help()).hasSize(Operation.values().length - 1);
        assertThat(lines).anyMatch(l -> l.startsWith("Space, p") && l.endsWith("pause and resume"));
        assertThat(lines).allMatch(l -> l.indexOf("  ") > 0);
        assertThat(Arrays.stream(Operation.values()).filter(o -> o != Operation.IGNORE)).hasSize(lines.size());
    }
}
