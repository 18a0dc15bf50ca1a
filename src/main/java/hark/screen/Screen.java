package hark.screen;

import hark.player.Snapshot;
import java.util.List;

/**
 * What the listener sees. Implementations are thread-safe: the playback thread reports sentences, the key thread
 * everything else.
 */
public interface Screen extends AutoCloseable {
    /** Takes over the terminal's output. */
    void open(Snapshot state);

    /** A sentence has started playing. */
    void sentence(Snapshot state);

    /** Refreshes the status; called on every tick, so plain screens ignore it. */
    void status(Snapshot state);

    /** A one-line report of a change the listener made, such as "Paused." or "Speed 1.5x.". */
    void announce(String line, Snapshot state);

    /** Shows lines of help until the next key. */
    void help(List<String> lines, Snapshot state);

    /**
     * Shows a prompt with what has been typed so far, as for a search. The prompt ends with the next
     * {@link #announce}.
     *
     * @param cursor where in {@code typed} the next character goes, 0 to its length
     */
    void prompt(String prompt, String typed, int cursor, Snapshot state);

    /**
     * Turns the help shown by {@link #help} to its next page. A plain screen prints the help as lines and keeps
     * nothing on show, so it has no page to turn.
     *
     * @return true if the help is shown and had another page
     */
    default boolean nextHelpPage() {
        return false;
    }

    /** Closes the help, if it is shown. @return true if it was */
    default boolean dismissHelp() {
        return false;
    }

    /** The terminal changed size. */
    void resized();

    /** Gives the terminal back as it was (cursor, screen), then prints {@code farewell} as a plain line. */
    void close(String farewell);

    @Override
    default void close() {
        close(null);
    }
}
