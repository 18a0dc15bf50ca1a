package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.EnumSet;
import org.jline.nativ.CLibrary;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.jni.linux.LinuxNativePty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raw mode and back on a fresh pseudo-terminal (openpty), in-process: the line speed, the line discipline field and
 * the flags JLine does not model survive raw mode, and giving back the attributes first read gives back the whole
 * kernel termios, byte for byte. JLine's own JNI pty left such a line at 0 baud with a random "line =". Linux on
 * x86-64 and AArch64 only, like {@link NativeTty}. (The pty's two descriptors are left open: JLine offers no close
 * for a bare descriptor, and the test JVM ends soon.)
 */
class NativeTtyTest {
    // Linux's ioctls and termios bits (asm-generic), octal as there; the struct is read whole, as 9 ints.
    private static final long TCGETS = 0x5401;
    private static final long TCSETS = 0x5402;
    private static final int CBAUD = 0010017;
    private static final int B9600 = 0000015;
    private static final int ICANON = 0000002;
    private static final int ECHO = 0000010;
    private static final int IUCLC = 0001000; // a flag raw mode leaves alone
    private static final int CRTSCTS = 020000000000; // a flag JLine does not model

    private TerminalProvider jni;
    private int fd;
    private String name;

    @BeforeEach
    void openPty() throws Exception {
        assumeTrue(NativeTty.usable(), "Linux with JLine's native library only");
        jni = TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI);
        LinuxNativePty pty = LinuxNativePty.open(jni, null, null);
        fd = pty.getSlave();
        name = pty.getName();
        int[] t = termios();
        t[2] = (t[2] & ~CBAUD) | B9600 | CRTSCTS;
        t[0] |= IUCLC;
        assertThat(CLibrary.ioctl(fd, TCSETS, t)).isZero();
        assertThat(termios()[2] & CBAUD).as("the pty took 9600 baud").isEqualTo(B9600);
    }

    /** The kernel's struct termios: c_iflag, c_oflag, c_cflag, c_lflag, then c_line and c_cc in the bytes. */
    private int[] termios() {
        int[] t = new int[9];
        assertThat(CLibrary.ioctl(fd, TCGETS, t)).isZero();
        return t;
    }

    private NativeTty tty() throws Exception {
        return new NativeTty(jni, SystemStream.Output, fd, null, fd, null, name);
    }

    /** What {@code Terminal.enterRawMode} asks for. */
    private static Attributes raw(Attributes prev) {
        Attributes raw = new Attributes(prev);
        raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN), false);
        raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
        raw.setControlChar(ControlChar.VMIN, 0);
        raw.setControlChar(ControlChar.VTIME, 1);
        return raw;
    }

    @Test
    void rawModeKeepsTheLineSpeedAndTheFlagsJLineDoesNotKnow() throws Exception {
        NativeTty tty = tty();
        tty.setAttr(raw(tty.getAttr()));
        int[] now = termios();
        assertThat(now[3] & (ICANON | ECHO)).as("raw").isZero();
        assertThat(now[2] & CBAUD).as("line speed").isEqualTo(B9600);
        assertThat(now[2] & CRTSCTS).as("a flag JLine does not model").isEqualTo(CRTSCTS);
        assertThat(now[0] & IUCLC).isEqualTo(IUCLC);
        assertThat(now[4] & 0xff).as("c_line, the line discipline").isZero();
    }

    @Test
    void givingBackTheAttributesFirstReadRestoresTheWholeTermios() throws Exception {
        int[] before = termios();
        NativeTty tty = tty();
        Attributes saved = tty.getAttr();
        tty.setAttr(raw(saved));
        Attributes again = raw(tty.getAttr());
        again.setControlChar(ControlChar.VMIN, 1);
        tty.setAttr(again);
        tty.setAttr(saved);
        assertThat(termios()).isEqualTo(before);
    }
}
