package hark.cli;

import hark.Environment;
import hark.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The user's defaults for the listening options, from {@code $XDG_CONFIG_HOME/hark/config.properties}. Keys are
 * option names without dashes ({@code speed = 1.5}); flags on the command line override them. The file is read
 * once and each value checked; a bad line is reported in one line and left out, because a broken settings file
 * must never stop the reading. picocli's {@link CommandLine.PropertiesDefaultProvider} then supplies the rest.
 */
final class UserSettings {
    /** The settings a config file may set, each with its check (which throws with the reason). */
    static final Map<String, UnaryOperator<String>> KEYS = inOrder();

    /** In the order of --help, so that messages list them the same way every time. */
    private static Map<String, UnaryOperator<String>> inOrder() {
        Map<String, UnaryOperator<String>> keys = new LinkedHashMap<>();
        keys.put("speed", v -> String.valueOf(new SpeedConverter().convert(v)));
        keys.put("voice", v -> v);
        keys.put("sentence-gap", v -> String.valueOf(new GapConverter().convert(v)));
        keys.put("plain", UserSettings::bool);
        keys.put("captions", UserSettings::bool);
        return Collections.unmodifiableMap(keys);
    }

    /** A settings file is a few lines; anything larger is not one, and is not read. */
    static final long MAX_FILE_BYTES = 64 * 1024;
    /** How many unknown names one warning line lists. */
    private static final int UNKNOWN_SHOWN = 3;

    private final Path file;
    private final Properties values = new Properties();

    private UserSettings(Path file) {
        this.file = file;
    }

    /** Reads and checks the user's file in the config folder; problems go to {@code err} as one line each. */
    static UserSettings load(Environment environment, PrintWriter err) {
        return load(environment.configDir().resolve("config.properties"), err);
    }

    static UserSettings load(Path file, PrintWriter err) {
        UserSettings settings = new UserSettings(file);
        if (!Files.isRegularFile(file)) {
            return settings;
        }
        // Properties forgets the order of the lines; remember it, so that problems are reported in file order.
        Map<String, String> lines = new LinkedHashMap<>();
        Properties raw = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                lines.remove(key.toString());
                lines.put(key.toString(), value.toString());
                return super.put(key, value);
            }
        };
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                err.println("hark: " + file + ": larger than " + MAX_FILE_BYTES / 1024 + " KB, so not a settings "
                        + "file; using the defaults (keep only lines like speed = 1.5)");
                return settings;
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                raw.load(in);
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("hark: " + file + ": could not read the settings (" + TerminalText.line(String.valueOf(
                    e.getMessage())) + "); using the defaults");
            return settings;
        }
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> line : lines.entrySet()) {
            String key = line.getKey();
            String value = line.getValue().strip();
            UnaryOperator<String> check = KEYS.get(key);
            if (check == null) {
                unknown.add(key);
                continue;
            }
            try {
                settings.values.setProperty(key, check.apply(value));
            } catch (RuntimeException e) {
                err.println("hark: " + file + ": " + key + " = " + TerminalText.line(shorten(value)) + " ignored ("
                        + TerminalText.line(String.valueOf(e.getMessage())) + "); fix or remove that line");
            }
        }
        if (!unknown.isEmpty()) {
            // One line however many there are: a binary file read as settings must not flood the screen.
            String shown = unknown.stream().limit(UNKNOWN_SHOWN).map(k -> "\"" + TerminalText.line(shorten(k)) + "\"")
                    .collect(Collectors.joining(", "));
            String more = unknown.size() > UNKNOWN_SHOWN ? " and " + (unknown.size() - UNKNOWN_SHOWN) + " more" : "";
            err.println("hark: " + file + ": unknown setting" + (unknown.size() > 1 ? "s " : " ") + shown + more
                    + " ignored; known: " + String.join(", ", KEYS.keySet()));
        }
        return settings;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    Path file() {
        return file;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The checked value of a setting, if the file gave one. */
    Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    CommandLine.IDefaultValueProvider provider() {
        return new CommandLine.PropertiesDefaultProvider(values);
    }

    private static String bool(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("must be true or false");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
