package hark.cli;

import hark.voice.ConfigDirs;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine;

/**
 * The user's defaults for the listening options, from {@code $XDG_CONFIG_HOME/hark/config.properties}. Keys are
 * option names without dashes ({@code speed = 1.5}); flags on the command line override them. picocli's
 * {@link CommandLine.PropertiesDefaultProvider} does the reading and conversion, so a bad value gets the same
 * one-line error as a bad flag.
 */
final class UserSettings {
    /** The settings a config file may set. */
    static final Set<String> KEYS = Set.of("speed", "voice", "plain", "sentence-gap", "captions");

    private UserSettings() {}

    static Path file() {
        return ConfigDirs.config().resolve("config.properties");
    }

    static CommandLine.IDefaultValueProvider provider() {
        return new CommandLine.PropertiesDefaultProvider(load());
    }

    static boolean has(String key) {
        return load().containsKey(key);
    }

    private static Properties load() {
        Properties p = new Properties();
        Path file = file();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A broken config file must not stop the reading; the defaults apply.
                System.err.println("hark: " + file + ": could not read settings (" + e.getMessage()
                        + "); using the defaults");
            }
        }
        p.keySet().removeIf(key -> !KEYS.contains(key.toString()));
        return p;
    }
}
