package hark.source;

import hark.HarkException;

/** Turns what the user typed (URL, path or "-") into a {@link Source}. */
public interface SourceReader {
    /** @throws HarkException with a one-line message when the input cannot be read */
    Source read(String argument);
}
