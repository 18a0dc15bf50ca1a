package hark.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps what FreeTTS prints off the terminal. FreeTTS 1.2.2 writes straight to {@code System.err} ("Can't find
 * diphone w-y"), to {@code System.out}, and to {@code java.util.logging}; on the full screen that text breaks the
 * status line, and in plain mode a screen reader reads it aloud.
 *
 * <p>Only FreeTTS's own work is diverted: code runs inside {@link #capture}, and {@code System.out} and
 * {@code System.err} are replaced (once) by streams that send the writes of a capturing thread to the message log
 * and pass every other thread's writes through unchanged. The mark is inherited, so a thread FreeTTS starts
 * inside {@code capture} (a voice's output thread, started by {@code allocate}) is diverted for its whole life.
 * FreeTTS's loggers ({@code com.sun.speech}, {@code de.dfki}) always go to the log. The log drops everything,
 * unless {@link #logTo} names a file (hark's {@code --debug}).
 *
 * <p>Thread-safe.
 */
public final class FreeTtsMessages {
    private static final InheritableThreadLocal<Boolean> INSIDE = new InheritableThreadLocal<>();
    /** Strong references: java.util.logging forgets a logger's configuration once nothing holds it. */
    private static final List<Logger> LOGGERS = List.of(Logger.getLogger("com.sun.speech"),
            Logger.getLogger("de.dfki"));
    private static final Object LOCK = new Object();
    /** Where diverted text goes; null drops it. Guarded by LOCK. */
    private static DebugLog current;

    static {
        Handler toLog = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    write(getFormatter().format(record).getBytes(StandardCharsets.UTF_8));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        toLog.setFormatter(new SimpleFormatter());
        for (Logger logger : LOGGERS) {
            logger.setUseParentHandlers(false);
            logger.addHandler(toLog);
        }
    }

    private FreeTtsMessages() {}

    /** Runs FreeTTS work with whatever it prints diverted to the log. */
    public static <T> T capture(Supplier<T> work) {
        divertStandardStreams();
        Boolean before = INSIDE.get();
        INSIDE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                INSIDE.remove();
            } else {
                INSIDE.set(before);
            }
        }
    }

    public static void capture(Runnable work) {
        capture(() -> {
            work.run();
            return null;
        });
    }

    /**
     * From now until the returned log is closed, FreeTTS's messages are written to {@code file} instead of dropped.
     * The file is created (or replaced) only when FreeTTS first prints something.
     */
    public static DebugLog logTo(Path file) {
        DebugLog log = new DebugLog(file);
        synchronized (LOCK) {
            current = log;
        }
        return log;
    }

    /** The file FreeTTS's messages go to under {@code --debug}; closing it goes back to dropping them. */
    public static final class DebugLog implements AutoCloseable {
        private final Path file;
        private OutputStream out; // guarded by LOCK, as are the fields below
        private long lines;
        private IOException failure;

        private DebugLog(Path file) {
            this.file = file;
        }

        public Path file() {
            return file;
        }

        /** How many lines FreeTTS has printed so far. */
        public long lines() {
            synchronized (LOCK) {
                return lines;
            }
        }

        /** Why the file could not be written, if it could not. */
        public Optional<IOException> failure() {
            synchronized (LOCK) {
                return Optional.ofNullable(failure);
            }
        }

        private void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            if (failure != null) {
                return;
            }
            try {
                if (out == null) {
                    Path parent = file.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    out = Files.newOutputStream(file);
                }
                out.write(bytes, offset, length);
                out.flush();
            } catch (IOException e) {
                // The debug log is a help, not a duty: a full disk must not stop the reading.
                failure = e;
            }
        }

        @Override
        public void close() throws IOException {
            synchronized (LOCK) {
                if (current == this) {
                    current = null;
                }
                if (out != null) {
                    out.close();
                }
            }
        }
    }

    /** Installs the diverting streams, again if something (a test harness) has replaced them since. */
    private static void divertStandardStreams() {
        synchronized (LOCK) {
            if (!(System.out instanceof DivertingStream)) {
                System.setOut(new DivertingStream(System.out));
            }
            if (!(System.err instanceof DivertingStream)) {
                System.setErr(new DivertingStream(System.err));
            }
        }
    }

    private static boolean inside() {
        return INSIDE.get() != null;
    }

    private static void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    private static void write(byte[] bytes, int offset, int length) {
        synchronized (LOCK) {
            if (current != null) {
                current.write(bytes, offset, length);
            }
        }
    }

    /** A System.out or System.err that diverts the writes of threads inside {@link #capture}. */
    private static final class DivertingStream extends PrintStream {
        DivertingStream(PrintStream normal) {
            super(new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    if (inside()) {
                        FreeTtsMessages.write(b, off, len);
                    } else {
                        normal.write(b, off, len);
                    }
                }

                @Override
                public void flush() {
                    normal.flush();
                }
            }, true);
        }
    }
}
