package hark;

/**
 * A failure the user can act on. Its message is the one line the user sees:
 * what went wrong, with which input, and what to do. The exit code says what kind of failure it was.
 */
public class HarkException extends RuntimeException {
    /** Usage errors (bad option values), as picocli and google-java-format use. */
    public static final int USAGE = 2;
    /** The input could not be read or held no article. */
    public static final int INPUT = 3;
    /** No sound device, or audio could not be written. */
    public static final int AUDIO = 4;
    /** A network failure or an HTTP error status. */
    public static final int NETWORK = 5;

    private final int exitCode;

    public HarkException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public HarkException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
