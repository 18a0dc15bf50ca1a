package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;

import hark.player.Command;
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
    private static List<Command> read(String bytes) throws Exception {
        Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        KeyMap<Command> keys = KeyBindings.keyMap(t);
        BindingReader reader = new BindingReader(t.reader());
        List<Command> ops = new ArrayList<>();
        for (Command op = reader.readBinding(keys); op != null; op = reader.readBinding(keys)) {
            ops.add(op);
        }
        t.close();
        return ops;
    }

    @Test
    void mpvKeysMapToTheirOperations() throws Exception {
        assertThat(read(" p][}{\u007Fqr?vs/Qm'")).containsExactly(Command.TOGGLE_PAUSE, Command.TOGGLE_PAUSE,
                Command.FASTER, Command.SLOWER, Command.MUCH_FASTER, Command.MUCH_SLOWER,
                Command.NORMAL_SPEED, Command.QUIT, Command.REPEAT, Command.HELP, Command.NEXT_VOICE,
                Command.SPEAK_STATUS, Command.SEARCH, Command.QUIT_REMEMBER, Command.BOOKMARK,
                Command.NEXT_BOOKMARK);
    }

    @Test
    void arrowAndPagingKeysWorkInBothCursorModesWithoutTerminalCapabilities() throws Exception {
        assertThat(read("\u001B[C\u001BOC\u001B[D\u001B[B\u001B[A\u001B[6~\u001B[5~\u001B[H\u001B[1~\u001B[F\u001B[4~"))
                .containsExactly(Command.NEXT_SENTENCE, Command.NEXT_SENTENCE, Command.BACK,
                        Command.NEXT_PARAGRAPH, Command.PREVIOUS_PARAGRAPH, Command.NEXT_SECTION,
                        Command.PREVIOUS_SECTION, Command.START, Command.START, Command.END, Command.END);
    }

    @Test
    void ctrlCAsAByteQuits() throws Exception {
        assertThat(read("\u0003")).containsExactly(Command.QUIT);
    }

    @Test
    void unknownKeysAndEscapeSequencesAreSwallowedWhole() throws Exception {
        // Shift-Tab, F1, F5, Ctrl-→, then a real ]
        assertThat(read("x\u001B[Z\u001BOP\u001B[15~\u001B[1;5Cé]"))
                .containsExactly(Command.IGNORE, Command.IGNORE, Command.IGNORE, Command.IGNORE,
                        Command.IGNORE, Command.IGNORE, Command.FASTER);
    }

    @Test
    void everyOperationButIgnoreIsInTheHelp() {
        List<String> lines = KeyBindings.helpLines();
        assertThat(KeyBindings.help()).hasSize(Command.values().length - 1);
        assertThat(lines).anyMatch(l -> l.startsWith("Space, p") && l.endsWith("pause and resume"));
        assertThat(lines).allMatch(l -> l.indexOf("  ") > 0);
        assertThat(Arrays.stream(Command.values()).filter(o -> o != Command.IGNORE)).hasSize(lines.size());
    }
}
