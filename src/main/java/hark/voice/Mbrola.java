package hark.voice;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an installed MBROLA for FreeTTS's US English MBROLA voices (us1, us2, us3). FreeTTS wants one folder,
 * {@code mbrola.base}, holding both the {@code mbrola} program and the voice databases {@code usN/usN}; Debian
 * and most packages put the program on the PATH and the voices in {@code /usr/share/mbrola} instead, so when the
 * program is not in the voices' folder hark makes a temporary folder of symbolic links in FreeTTS's layout.
 *
 * <p>Where to look, first found wins: the {@code mbrola.base} system property, {@code $MBROLA_BASE},
 * {@code $MBROLA_DIR} (the name FreeTTS's own scripts use), {@code /usr/share/mbrola}, {@code
 * /usr/local/share/mbrola}. Thread-safe.
 */
final class Mbrola {
    /** The voices FreeTTS's MbrolaVoiceDirectory knows; FreeTTS calls them mbrola_us1 and so on. */
    static final List<String> VOICES = List.of("us1", "us2", "us3");
    private static final List<String> DEFAULT_BASES = List.of("/usr/share/mbrola", "/usr/local/share/mbrola");
    /** Read once, before hark sets the property itself. */
    private static final String PROPERTY_AT_START = System.getProperty("mbrola.base");
    private static final Map<List<Path>, Path> LINK_FOLDERS = new HashMap<>();

    /**
     * @param base the folder to give FreeTTS as {@code mbrola.base}
     * @param installed where the voices really are (differs from base when hark linked them)
     * @param voices the voices present, such as "us1"
     */
    record Install(Path base, Path installed, List<String> voices) {}

    private Mbrola() {}

    static Optional<Install> locate() {
        return locate(PROPERTY_AT_START, System.getenv(), DEFAULT_BASES);
    }

    /**
     * @param property the {@code mbrola.base} system property as the JVM started, or null
     * @param env the environment: MBROLA_BASE, MBROLA_DIR and PATH are read
     * @param defaults the folders to try last
     */
    static Optional<Install> locate(String property, Map<String, String> env, List<String> defaults) {
        List<String> candidates = new ArrayList<>();
        candidates.add(property);
        candidates.add(env.get("MBROLA_BASE"));
        candidates.add(env.get("MBROLA_DIR"));
        candidates.addAll(defaults);
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            Path base = Path.of(candidate).toAbsolutePath().normalize();
            List<String> voices = VOICES.stream().filter(v -> Files.isRegularFile(base.resolve(v).resolve(v)))
                    .toList();
            if (!voices.isEmpty()) {
                return program(base, env.get("PATH")).flatMap(program -> layout(base, program, voices));
            }
        }
        return Optional.empty();
    }

    /** The mbrola program: in the voices' folder, as FreeTTS expects, or else on the PATH. */
    private static Optional<Path> program(Path base, String path) {
        Path inBase = base.resolve("mbrola");
        if (Files.isExecutable(inBase) && Files.isRegularFile(inBase)) {
            return Optional.of(inBase);
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path p = Path.of(dir, "mbrola");
                if (Files.isExecutable(p) && Files.isRegularFile(p)) {
                    return Optional.of(p.toAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Install> layout(Path base, Path program, List<String> voices) {
        if (program.equals(base.resolve("mbrola"))) {
            return Optional.of(new Install(base, base, voices));
        }
        synchronized (LINK_FOLDERS) {
            List<Path> key = List.of(base, program);
            Path links = LINK_FOLDERS.get(key);
            if (links == null) {
                try {
                    links = Files.createTempDirectory("hark-mbrola-");
                    links.toFile().deleteOnExit(); // runs after the links' own deletions, registered below
                    link(links.resolve("mbrola"), program);
                    for (String v : voices) {
                        link(links.resolve(v), base.resolve(v));
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    return Optional.empty(); // no symbolic links here: MBROLA stays unavailable
                }
                LINK_FOLDERS.put(key, links);
            }
            return Optional.of(new Install(links, base, voices));
        }
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
        link.toFile().deleteOnExit();
    }
}
