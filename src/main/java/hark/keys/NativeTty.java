package hark.keys;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.nativ.CLibrary;
import org.jline.nativ.CLibrary.Termios;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.jni.linux.LinuxNativePty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The terminal on stdin (or the controlling terminal, {@link #controlling}), its attributes read and set inside the
 * process, on Linux: the kernel's
 * {@code struct termios} through {@code ioctl(TCGETS)} and {@code ioctl(TCSETS)}, by way of JLine's JNI library.
 * Through {@code stty} (JLine's exec provider) every read or change of the attributes starts a process: opening the
 * terminal and entering raw mode started seven ({@code test}, {@code tty}, five {@code stty}) between the command
 * and the first audio, and each full-screen redraw one more to ask the size (issue 12). Here raw mode takes 1 ms.
 * <p>
 * JLine's own JNI pty is not used as it is, for two defects: it rebuilds the whole {@code termios} from JLine's
 * attributes, which know nothing of the line speed, so the terminal was left at 0 baud; and its native
 * {@code tcsetattr} never fills {@code c_line}, so whatever was on the stack became the line discipline number
 * ({@code stty -a}: "line = 143"). Here the kernel's struct is read and written whole, as 36 bytes, and a change
 * touches only the flags and control characters that differ between the attributes asked for and the terminal's
 * as JLine sees them; the line speed, {@code c_line} and every flag JLine does not model stay as the terminal has
 * them. Asked for the attributes it first read, it gives back the struct it first read, whole, as
 * {@code stty -g} and {@code stty SAVED} would.
 * <p>
 * Only where that struct is known: Linux on x86-64 and AArch64 (asm-generic's layout and ioctl numbers), checked
 * against {@code tcgetattr} when opened; elsewhere hark keeps the {@code stty} path. Thread safety: as JLine's
 * pty; hark sets attributes from one thread at a time.
 */
final class NativeTty extends LinuxNativePty {
    private static final long TCGETS = 0x5401;
    private static final long TCSETS = 0x5402;
    /** struct termios: four 32-bit flags, then c_line and c_cc[19]: 36 bytes. */
    private static final int WORDS = 9;
    private static final int CC_OFFSET = 17;
    private static final int NCCS = 19;
    private static final String DEV_TTY = "/dev/tty";

    private final int fd;
    private final int[] original;
    private final Attributes originalAttributes;

    /** @param output where the screen goes ({@link SystemStream#Output} or {@link SystemStream#Error}) */
    static NativeTty onStdin(TerminalProvider jni, SystemStream output) throws IOException {
        boolean stdout = output == SystemStream.Output;
        int out = stdout ? 1 : 2;
        return new NativeTty(jni, output, 0, FileDescriptor.in, out, stdout ? FileDescriptor.out : FileDescriptor.err,
                ttyname(out));
    }

    /**
     * The controlling terminal, for keys when stdin carries the article: keys are read from and the screen drawn on
     * {@code /dev/tty}, as with {@code stty -F /dev/tty}, and its attributes set through whichever standard stream
     * is that same terminal.
     *
     * @return null when no standard stream is the controlling terminal (then {@code stty} it is)
     */
    static NativeTty controlling(TerminalProvider jni) throws IOException {
        long controlling = controllingDevice();
        for (int fd = 0; fd <= 2 && controlling != 0; fd++) {
            String name = CLibrary.isatty(fd) == 1 ? CLibrary.ttyname(fd) : null;
            if (name != null && device(name) == controlling) {
                FileDescriptor in = new FileInputStream(DEV_TTY).getFD();
                FileDescriptor out = new FileOutputStream(DEV_TTY).getFD();
                return new NativeTty(jni, null, fd, in, fd, out, name);
            }
        }
        return null;
    }

    /** The controlling terminal's device number (tty_nr in /proc/self/stat), or 0 for none. */
    private static long controllingDevice() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // after "pid (comm) ": state ppid pgrp session tty_nr
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[4]);
    }

    /** A device file's number, encoded as the kernel encodes tty_nr (the C library's, for the usual sizes). */
    private static long device(String path) throws IOException {
        return ((Number) Files.getAttribute(Path.of(path), "unix:rdev")).longValue();
    }

    /**
     * @param fd the terminal whose attributes are read and set (and keys read from {@code in})
     * @param out the terminal the screen is written to
     * @throws IOException if {@code fd} is not a terminal, or the struct is not laid out as expected
     */
    NativeTty(TerminalProvider jni, SystemStream stream, int fd, FileDescriptor in, int out, FileDescriptor outFd,
              String name) throws IOException {
        super(jni, stream, -1, null, fd, in, out, outFd, name);
        this.fd = fd;
        this.original = read(fd);
        requireLayout(fd, original);
        this.originalAttributes = toAttributes(termios(original));
    }

    /** True when this JVM can use it: Linux on x86-64 or AArch64, with JLine's native library loaded. */
    static boolean usable() {
        try {
            String arch = System.getProperty("os.arch", "");
            return System.getProperty("os.name", "").startsWith("Linux")
                    && (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"))
                    && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN && Termios.SIZEOF > 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Attributes getAttr() throws IOException {
        return toAttributes(termios(read(fd)));
    }

    @Override
    protected void doSetAttr(Attributes wanted) throws IOException {
        int[] next = same(wanted, originalAttributes) ? original.clone() : changed(read(fd), wanted);
        if (CLibrary.ioctl(fd, TCSETS, next) != 0) {
            throw new IOException("could not set the terminal's attributes (ioctl TCSETS failed)");
        }
    }

    /** The terminal as it is, with only what JLine would change from its own view of it set to what is wanted. */
    private int[] changed(int[] now, Attributes wanted) {
        Termios seen = toTermios(toAttributes(termios(now)));
        Termios want = toTermios(wanted);
        int[] next = now.clone();
        next[0] = merge(now[0], seen.c_iflag, want.c_iflag);
        next[1] = merge(now[1], seen.c_oflag, want.c_oflag);
        next[2] = merge(now[2], seen.c_cflag, want.c_cflag);
        next[3] = merge(now[3], seen.c_lflag, want.c_lflag);
        for (int i = 0; i < NCCS; i++) {
            if (seen.c_cc[i] != want.c_cc[i]) {
                setCc(next, i, want.c_cc[i]);
            }
        }
        return next;
    }

    /** The bits JLine wants changed take its value; all others keep the terminal's. */
    private static int merge(int now, long seen, long want) {
        int changing = (int) (seen ^ want);
        return (now & ~changing) | ((int) want & changing);
    }

    private static boolean same(Attributes a, Attributes b) {
        return a.getInputFlags().equals(b.getInputFlags()) && a.getOutputFlags().equals(b.getOutputFlags())
                && a.getControlFlags().equals(b.getControlFlags()) && a.getLocalFlags().equals(b.getLocalFlags())
                && a.getControlChars().equals(b.getControlChars());
    }

    private static int[] read(int fd) throws IOException {
        int[] k = new int[WORDS];
        if (CLibrary.ioctl(fd, TCGETS, k) != 0) {
            throw new IOException("could not read the terminal's attributes (ioctl TCGETS failed)");
        }
        return k;
    }

    /** The struct as the C library reads it must be the one read whole, or this is not the layout assumed. */
    private static void requireLayout(int fd, int[] k) throws IOException {
        Termios libc = new Termios();
        if (CLibrary.tcgetattr(fd, libc) != 0) {
            throw new IOException("could not read the terminal's attributes (tcgetattr failed)");
        }
        Termios ours = termios(k);
        boolean same = libc.c_iflag == ours.c_iflag && libc.c_oflag == ours.c_oflag
                && libc.c_cflag == ours.c_cflag && libc.c_lflag == ours.c_lflag;
        for (int i = 0; i < NCCS && same; i++) {
            same = libc.c_cc[i] == ours.c_cc[i];
        }
        if (!same) {
            throw new IOException("the terminal's attributes are not laid out as expected here");
        }
    }

    /** The kernel's struct as JLine's, for its conversions (which use neither the speeds nor c_line). */
    private static Termios termios(int[] k) {
        Termios t = new Termios();
        t.c_iflag = Integer.toUnsignedLong(k[0]);
        t.c_oflag = Integer.toUnsignedLong(k[1]);
        t.c_cflag = Integer.toUnsignedLong(k[2]);
        t.c_lflag = Integer.toUnsignedLong(k[3]);
        for (int i = 0; i < NCCS; i++) {
            t.c_cc[i] = cc(k, i);
        }
        return t;
    }

    private static byte cc(int[] k, int i) {
        int at = CC_OFFSET + i;
        return (byte) (k[at / 4] >>> (8 * (at % 4)));
    }

    private static void setCc(int[] k, int i, byte value) {
        int at = CC_OFFSET + i;
        int shift = 8 * (at % 4);
        k[at / 4] = (k[at / 4] & ~(0xff << shift)) | ((value & 0xff) << shift);
    }
}
