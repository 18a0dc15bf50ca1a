package hark.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream to its end, but never holds more than a limit in memory. */
final class BoundedRead {
    /** Pages and pastes over this are refused: no article is that large, and it protects memory. */
    static final int MAX_MB = 10;
    static final int MAX_BYTES = MAX_MB * 1024 * 1024;
    /** Saved pages can carry inline images and scripts, so a local file may be larger than a fetched page. */
    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    /** Thrown when the stream holds more than the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    private BoundedRead() {}

    static byte[] readAll(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > limit) {
                throw new TooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
