package hark.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Leaves out the payload of each base64 {@code data:} URI as a file is read: {@code src="data:image/png;base64,iVBO…"}
 * arrives as {@code src="data:image/png;base64,"}. A page saved whole (SingleFile and the like) carries its images
 * this way, often tens of MB of them, none of which is ever read aloud; without them such a page is held, decoded
 * and parsed at the size of its text (issue 12, peak memory). The payload ends at the first byte outside the base64
 * alphabet (a quote, a bracket, a space), which is then read as usual. Works on ASCII-compatible bytes (UTF-8 and
 * single-byte charsets); in UTF-16 nothing matches and every byte is kept. Not thread-safe.
 */
final class InlineData extends FilterInputStream {
    /** A {@code data:} URI's media type and parameters are short; a longer run is not one. */
    private static final int MAX_HEADER = 200;
    private static final byte[] DATA = {'d', 'a', 't', 'a', ':'};
    private static final byte[] BASE64 = {';', 'b', 'a', 's', 'e', '6', '4', ','};

    private enum State { TEXT, HEADER, PAYLOAD }

    private State state = State.TEXT;
    private int matched; // bytes of DATA (in TEXT) or BASE64 (in HEADER) matched so far
    private int header; // bytes of the header read so far

    InlineData(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(b, off, len);
            if (n < 0) {
                return -1;
            }
            int kept = off;
            for (int i = off; i < off + n; i++) {
                if (keep(b[i])) {
                    b[kept++] = b[i];
                }
            }
            if (kept > off) {
                return kept - off;
            }
            // all of it was payload: read on rather than return 0, which callers may take for no progress
        }
    }

    @Override
    public long skip(long n) throws IOException {
        return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Moves the state on by one byte; whether the byte is kept. */
    private boolean keep(byte c) {
        if (state == State.PAYLOAD) {
            if (isBase64(c)) {
                return false;
            }
            state = State.TEXT;
            matched = 0;
        }
        if (state == State.HEADER) {
            header++;
            matched = lower(c) == BASE64[matched] ? matched + 1 : lower(c) == BASE64[0] ? 1 : 0;
            if (matched == BASE64.length) {
                state = State.PAYLOAD;
            } else if (c == ',' || c == '"' || c == '\'' || c == '>' || c == ')' || c <= ' ' || header > MAX_HEADER) {
                state = State.TEXT; // a data: URI that is not base64, or no URI at all
                matched = 0;
            }
            return true;
        }
        matched = lower(c) == DATA[matched] ? matched + 1 : lower(c) == DATA[0] ? 1 : 0;
        if (matched == DATA.length) {
            state = State.HEADER;
            matched = 0;
            header = 0;
        }
        return true;
    }

    private static byte lower(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
    }

    private static boolean isBase64(byte c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '=';
    }
}
