package hark.source;

import hark.HarkException;
import java.io.IOException;
import java.io.InputStream;

/** Reads an article piped into hark ({@code hark -}); the bytes are decoded and sniffed like a file's. */
final class StdinInput {
    static final String NAME = "stdin";

    private StdinInput() {}

    static Source read(InputStream stdin) {
        byte[] bytes;
        try {
            bytes = BoundedRead.readAll(stdin, BoundedRead.MAX_BYTES);
        } catch (BoundedRead.TooLarge e) {
            throw new HarkException(HarkException.INPUT, NAME + ": more than " + BoundedRead.MAX_MB
                    + " MB arrived; pipe in a single article");
        } catch (IOException e) {
            throw new HarkException(HarkException.INPUT, NAME + ": could not read: " + e.getMessage(), e);
        }
        if (ContentSniffer.isBlank(bytes)) {
            throw new HarkException(HarkException.INPUT, NAME + ": nothing to read; pipe an article in, "
                    + "for example `xclip -o | hark -`, or give a file or URL");
        }
        return SourceDecoder.fromBytes("-", NAME, bytes, "");
    }
}
