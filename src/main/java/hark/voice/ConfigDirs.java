package hark.voice;

import java.nio.file.Path;

/** The XDG base directories hark keeps the user's files in. */
public final class ConfigDirs {
    private ConfigDirs() {}

    /** {@code $XDG_CONFIG_HOME/hark}, by default {@code ~/.config/hark}. */
    public static Path config() {
        // hark.config.dir lets tests (and portable installs) point hark at another folder.
        String override = System.getProperty("hark.config.dir");
        return override != null ? Path.of(override) : xdg("XDG_CONFIG_HOME", ".config");
    }

    /** {@code $XDG_STATE_HOME/hark}, by default {@code ~/.local/state/hark}: resume positions. */
    public static Path state() {
        String override = System.getProperty("hark.state.dir");
        return override != null ? Path.of(override) : xdg("XDG_STATE_HOME", ".local/state");
    }

    private static Path xdg(String variable, String fallback) {
        String dir = System.getenv(variable);
        // XDG says $HOME; Java's user.home comes from the password database and ignores a changed HOME.
        String home = System.getenv("HOME");
        Path base = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), fallback);
        return base.resolve("hark");
    }
}
