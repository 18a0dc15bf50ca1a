package hark.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a stream to its end, but never holds more than a limit in memory. The bytes arrive in pieces joined once at
 * the end, or straight into one array when the size is known, so a 10 MB page is held about twice, not the three
 * times a doubling buffer and its final copy take (issue 12, peak memory). Stateless.
 */
final class BoundedRead {
    /** Pages and pastes over this are refused: no article is that large, and it protects memory. */
    static final int MAX_MB = 10;
    static final int MAX_BYTES = MAX_MB * 1024 * 1024;
    /**
     * Saved pages can carry inline images, so a local file may be larger than a fetched page; its text without
     * them ({@link InlineData}) is held to {@link #MAX_BYTES}.
     */
    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    /** The size of each piece when the stream's length is not known. */
    private static final int PIECE = 64 * 1024;

    /** Thrown when the stream holds more than the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    private BoundedRead() {}

    static byte[] readAll(InputStream in, int limit) throws IOException {
        return readAll(in, limit, -1);
    }

    /**
     * @param expected how many bytes the stream should hold (a file's size), or -1 if unknown; with it the bytes
     *     go straight into one array of that size, which is returned without a copy when the stream ends there
     * @throws TooLarge when {@code expected} or what arrives is over {@code limit}
     */
    static byte[] readAll(InputStream in, int limit, long expected) throws IOException {
        if (expected > limit) {
            throw new TooLarge();
        }
        List<byte[]> full = new ArrayList<>();
        byte[] piece = new byte[expected >= 0 ? (int) expected : PIECE];
        int filled = 0;
        long total = 0;
        while (true) {
            if (filled == piece.length) {
                int next = in.read(); // one byte first: at the expected end a new piece is rarely needed
                if (next < 0) {
                    break;
                }
                full.add(piece);
                piece = new byte[PIECE];
                piece[0] = (byte) next;
                filled = 1;
                total++;
            } else {
                // At most a piece per call: a file's channel reads through a native buffer as large as the request
                int n = in.read(piece, filled, Math.min(PIECE, piece.length - filled));
                if (n < 0) {
                    break;
                }
                filled += n;
                total += n;
            }
            if (total > limit) {
                throw new TooLarge();
            }
        }
        if (full.isEmpty()) {
            return filled == piece.length ? piece : Arrays.copyOf(piece, filled);
        }
        byte[] out = new byte[(int) total];
        int at = 0;
        for (byte[] p : full) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        System.arraycopy(piece, 0, out, at, filled);
        return out;
    }
}
