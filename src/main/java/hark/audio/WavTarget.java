package hark.audio;

import hark.HarkException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Locale;

/**
 * Where {@code -o} writes: a {@code .wav} file, or stdout for {@code -}. A file is written under a temporary
 * hidden name in the same folder and renamed over the target only when it is complete, so a failed or stopped
 * render never leaves a partial file that looks finished. A target that exists and is not a regular file (a
 * device such as /dev/null, or a pipe) is written in place, as a rename would replace the device. Stdout gets
 * the WAV with its lengths unknown in the header, since a pipe cannot be rewound to fill them in.
 *
 * <p>Every failure is a {@link HarkException}: {@link HarkException#USAGE} for a name that is not {@code .wav},
 * {@link HarkException#AUDIO} for a file that cannot be written. Not thread-safe.
 *
 * <pre>{@code
 * try (WavTarget target = WavTarget.open("out.wav", System.out)) {
 *     WavStream wav = new WavStream(target.stream(), 16000);
 *     ... wav.write(samples, 0, n) ...
 *     target.commit(wav);
 * }
 * }</pre>
 */
public final class WavTarget implements AutoCloseable {
    private final String shown;
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    private WavTarget(String shown, Path target, Path temporary, OutputStream stream) {
        this.shown = shown;
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /** Checks the name first (before any slow work), then opens the temporary file or the device. */
    public static WavTarget open(String argument, OutputStream stdout) {
        if ("-".equals(argument)) {
            return new WavTarget("stdout", null, null, new BufferedOutputStream(notClosing(stdout), 1 << 16));
        }
        Path target = Path.of(argument);
        if (Files.isDirectory(target)) {
            throw new HarkException(HarkException.AUDIO, argument + ": is a folder; give a file name inside it, "
                    + "such as " + target.resolve("article.wav"));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return new WavTarget(argument, target, null, openInPlace(argument, target));
        }
        if (!argument.toLowerCase(Locale.ROOT).endsWith(".wav")) {
            throw new HarkException(HarkException.USAGE, argument + ": hark writes WAV audio only; give a name "
                    + "ending in .wav (convert it afterwards, e.g. with ffmpeg or sox), or - for stdout");
        }
        Path temporary = target.toAbsolutePath().resolveSibling(
                "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".part");
        OutputStream stream;
        try {
            // CREATE_NEW rather than createTempFile: the file gets the usual permissions (umask), not 0600.
            stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw cannotWrite(argument, e);
        }
        // Ctrl-C or SIGTERM during the render: the JVM's exit removes the unfinished file (a no-op once renamed).
        temporary.toFile().deleteOnExit();
        return new WavTarget(argument, target, temporary, new BufferedOutputStream(stream, 1 << 16));
    }

    /** Stdout stays open for whatever else the process prints; closing only flushes it. */
    private static OutputStream notClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static OutputStream openInPlace(String argument, Path target) {
        try {
            return new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        } catch (IOException e) {
            throw cannotWrite(argument, e);
        }
    }

    public OutputStream stream() {
        return stream;
    }

    /** What to call the target in messages: the name given, or "stdout". */
    public String shown() {
        return shown;
    }

    /** Finishes the WAV, fills in its lengths when it is a file, and puts it in place under its name. */
    public void commit(WavStream wav) {
        try {
            wav.finish();
            stream.close();
            if (temporary != null) {
                WavStream.fillInLengths(temporary, wav.samples());
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        } catch (IOException e) {
            throw cannotWrite(shown, e);
        }
    }

    /** Wraps a failure to write the stream, naming the target. */
    public HarkException failed(IOException e) {
        return cannotWrite(shown, e);
    }

    /** Without {@link #commit}, removes the unfinished file; the target is left as it was. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            // the render already failed; the file is removed below either way
        }
        if (temporary != null) {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do; deleteOnExit tries again
        }
    }

    private static HarkException cannotWrite(String shown, IOException e) {
        return new HarkException(HarkException.AUDIO, shown + ": could not write the WAV file (" + reason(e)
                + "); check the folder exists, is writable and has space", e);
    }

    /** The system's reason, without repeating the path that the message already names. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
