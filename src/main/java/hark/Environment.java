package hark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What hark reads from the world it was started in: environment variables and a few system properties, read once
 * by {@link #system} where hark starts and passed in from there, so that the stages never read globals and tests
 * give their own (no test has to set a system property). Immutable, thread-safe.
 *
 * @param variables environment variables: {@code XDG_CONFIG_HOME}, {@code XDG_STATE_HOME}, {@code HOME}, and the
 *     terminal's {@code TERM} and {@code NO_COLOR}
 * @param properties system properties: {@code hark.config.dir} and {@code hark.state.dir} (another folder, for
 *     tests and portable installs), {@code hark.home} (where the launcher put hark), {@code user.home}
 */
public record Environment(Map<String, String> variables, Map<String, String> properties) {
    private static final String[] PROPERTIES = {"hark.config.dir", "hark.state.dir", "hark.home", "user.home"};

    public Environment {
        variables = Map.copyOf(variables);
        properties = Map.copyOf(properties);
    }

    /** The environment variables and system properties this JVM was started with. */
    public static Environment system() {
        Map<String, String> properties = new HashMap<>();
        for (String name : PROPERTIES) {
            String value = System.getProperty(name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        return new Environment(System.getenv(), properties);
    }

    /** {@code $XDG_CONFIG_HOME/hark}, by default {@code ~/.config/hark}: settings, pronunciations, voices. */
    public Path configDir() {
        return folder("hark.config.dir", "XDG_CONFIG_HOME", ".config");
    }

    /** {@code $XDG_STATE_HOME/hark}, by default {@code ~/.local/state/hark}: resume positions, FreeTTS's log. */
    public Path stateDir() {
        return folder("hark.state.dir", "XDG_STATE_HOME", ".local/state");
    }

    /** Where hark is installed (the launcher says), with the voices it ships; the working folder otherwise. */
    public Path home() {
        return Path.of(properties.getOrDefault("hark.home", "."));
    }

    private Path folder(String override, String variable, String fallback) {
        String chosen = properties.get(override);
        if (chosen != null) {
            return Path.of(chosen);
        }
        String dir = variables.get(variable);
        // XDG says $HOME; Java's user.home comes from the password database and ignores a changed HOME.
        String home = variables.get("HOME");
        Path base = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(home != null && !home.isBlank() ? home : properties.getOrDefault("user.home", ""), fallback);
        return base.resolve("hark");
    }
}
