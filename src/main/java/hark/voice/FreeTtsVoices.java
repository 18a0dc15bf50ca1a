package hark.voice;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceDirectory;
import com.sun.speech.freetts.VoiceManager;
import hark.HarkException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Tells FreeTTS where hark's voices are, through FreeTTS 1.2.2's own discovery in {@link VoiceManager}:
 * <ul>
 *   <li>{@code freetts.voicespath}: the voices folders; FreeTTS loads every jar there whose manifest says
 *       {@code FreeTTSVoiceDefinition: true} and names its VoiceDirectory as {@code Main-Class};</li>
 *   <li>{@code freetts.voicesfile}: a small file naming the directories inside the FreeTTS jar: kevin16's, and
 *       MBROLA's when MBROLA is installed ({@link Mbrola}), with {@code mbrola.base} set for it.</li>
 * </ul>
 * {@code freetts.voices} is cleared: when set, FreeTTS uses only it and ignores the voice jars.
 *
 * <p>Thread-safe: the methods that ask FreeTTS are synchronized, since they set system properties FreeTTS reads.
 */
public final class FreeTtsVoices {
    static final String KEVIN_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
    static final String MBROLA_DIRECTORY = "de.dfki.lt.freetts.en.us.MbrolaVoiceDirectory";
    private static final String VOICE_JAR_FLAG = "FreeTTSVoiceDefinition";
    /** A voices path given to the JVM by the user is kept, after hark's folders. */
    private static final String VOICES_PATH_AT_START = System.getProperty("freetts.voicespath");
    private static final Map<String, Path> VOICES_FILES = new HashMap<>();

    /**
     * A FreeTTS voice that came from a voice jar or from MBROLA rather than from a preset file.
     *
     * @param origin one line on where it came from, such as "FreeTTS voice from tiny.jar"
     */
    public record Found(String name, String origin, double pitch, double pitchRange, double wordsPerMinute) {}

    private record VoiceJar(Path file, String directoryClass) {}

    private FreeTtsVoices() {}

    /**
     * Runs a voice's load (finding it and {@code allocate()}) while no other thread asks FreeTTS for voices: a voice
     * loads at start-up beside the reading of the article and the voice catalog, and FreeTTS's voice discovery and
     * loading share static state that is not thread-safe.
     */
    public static synchronized <T> T loading(Supplier<T> load) {
        return load.get();
    }

    /**
     * The FreeTTS voice of that name, from FreeTTS itself or a voice jar in {@code folders} (the voices folders of
     * the catalog the voice was chosen from); null if none.
     */
    public static synchronized Voice voice(String name, List<Path> folders) {
        configure(folders);
        return guarded(folders, () -> VoiceManager.getInstance().getVoice(name));
    }

    /**
     * The voices from voice jars in these folders and from MBROLA. Costs nothing when there are neither, which
     * is the usual case: FreeTTS is then not asked at all.
     *
     * @throws HarkException naming a jar that is not a usable voice jar
     */
    public static List<Found> discover(List<Path> folders) {
        List<VoiceJar> jars = voiceJars(folders);
        Optional<Mbrola.Install> mbrola = Mbrola.locate();
        if (jars.isEmpty() && mbrola.isEmpty()) {
            return List.of(); // without the lock: a voice loading at start-up ({@link #loading}) need not end first
        }
        return discover(folders, jars, mbrola);
    }

    private static synchronized List<Found> discover(List<Path> folders, List<VoiceJar> jars,
                                                     Optional<Mbrola.Install> mbrola) {
        configure(folders);
        Voice[] all = guarded(folders, () -> VoiceManager.getInstance().getVoices());
        // VoiceManager does not say which jar a voice came from: ask each jar's directory for its names.
        Map<String, String> origins = new LinkedHashMap<>();
        for (VoiceJar jar : jars) {
            for (Voice v : guarded(folders, () -> directory(jar.directoryClass()).getVoices())) {
                origins.putIfAbsent(v.getName(), "FreeTTS voice from " + jar.file().getFileName());
            }
        }
        mbrola.ifPresent(m -> m.voices().forEach(v -> origins.putIfAbsent("mbrola_" + v,
                "MBROLA voice " + v + ", from " + m.installed())));
        List<Found> found = new ArrayList<>();
        for (Voice v : all) {
            String origin = origins.get(v.getName());
            if (origin != null) {
                found.add(new Found(v.getName(), origin, v.getPitch(), v.getPitchRange(), v.getRate()));
            }
        }
        return found;
    }

    /** Sets the properties FreeTTS's VoiceManager reads; it reads them again on every lookup. */
    static synchronized void configure(List<Path> folders) {
        List<String> path = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                path.add(forVoicesPath(folder));
            }
        }
        if (VOICES_PATH_AT_START != null && !VOICES_PATH_AT_START.isBlank()) {
            path.add(VOICES_PATH_AT_START);
        }
        if (path.isEmpty()) {
            System.clearProperty("freetts.voicespath");
        } else {
            System.setProperty("freetts.voicespath", String.join(File.pathSeparator, path));
        }
        StringBuilder directories = new StringBuilder(KEVIN_DIRECTORY).append('\n');
        Optional<Mbrola.Install> mbrola = Mbrola.locate();
        if (mbrola.isPresent()) {
            System.setProperty("mbrola.base", mbrola.get().base().toString());
            directories.append(MBROLA_DIRECTORY).append('\n');
        }
        System.setProperty("freetts.voicesfile", voicesFile(directories.toString()).toString());
        System.clearProperty("freetts.voices");
    }

    /**
     * FreeTTS turns each entry into a URI as {@code "file://" + entry} and splits the list at the path
     * separator, so the folder goes in URI-escaped (spaces and colons included) and absolute.
     */
    static String forVoicesPath(Path folder) {
        return folder.toAbsolutePath().normalize().toUri().getRawPath().replace(":", "%3A");
    }

    /** FreeTTS reads voice directory names only from a file; one per content, deleted when hark exits. */
    private static Path voicesFile(String content) {
        return VOICES_FILES.computeIfAbsent(content, c -> {
            try {
                Path file = Files.createTempFile("hark-freetts-voices-", ".txt");
                file.toFile().deleteOnExit();
                Files.writeString(file, "# Written by hark for FreeTTS's VoiceManager\n" + c,
                        StandardCharsets.UTF_8);
                return file;
            } catch (IOException e) {
                throw new HarkException(HarkException.INPUT, "could not write FreeTTS's voice list to the temporary "
                        + "folder: " + e.getMessage() + "; check that " + System.getProperty("java.io.tmpdir")
                        + " is writable");
            }
        });
    }

    /** The jars FreeTTS will take as voices: the same test as VoiceManager's, so that errors name the file. */
    private static List<VoiceJar> voiceJars(List<Path> folders) {
        List<VoiceJar> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)
                        && !f.getFileName().toString().startsWith(".")).sorted(Comparator.naturalOrder()).toList();
            } catch (IOException e) {
                throw new HarkException(HarkException.INPUT, folder + ": could not list voices: " + e.getMessage());
            }
            for (Path file : files) {
                voiceJar(file).ifPresent(jars::add);
            }
        }
        return jars;
    }

    private static Optional<VoiceJar> voiceJar(Path file) {
        Manifest manifest;
        try (JarFile jar = new JarFile(file.toFile())) {
            manifest = jar.getManifest();
        } catch (IOException | SecurityException e) {
            throw new HarkException(HarkException.INPUT, file + ": not a readable jar (" + e.getMessage()
                    + "); FreeTTS reads every .jar in a voices folder, so remove or replace it");
        }
        Attributes main = manifest == null ? null : manifest.getMainAttributes();
        if (main == null || !"true".equals(String.valueOf(main.getValue(VOICE_JAR_FLAG)).strip())) {
            return Optional.empty(); // FreeTTS skips it too
        }
        String directory = main.getValue(Attributes.Name.MAIN_CLASS);
        if (directory == null || directory.isBlank()) {
            throw new HarkException(HarkException.INPUT, file + ": key Main-Class is missing from its manifest; a "
                    + "FreeTTS voice jar must name its VoiceDirectory class there");
        }
        return Optional.of(new VoiceJar(file, directory.strip()));
    }

    private static VoiceDirectory directory(String className) {
        try {
            Class<?> c = Class.forName(className, true, VoiceManager.getVoiceClassLoader());
            return (VoiceDirectory) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new Error("Unable to load voice directory. " + e);
        }
    }

    /** VoiceManager reports a broken voice jar as a plain {@link Error}; hark reports it in one line. */
    private static <T> T guarded(List<Path> folders, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (Error e) {
            if (e.getClass() != Error.class) {
                throw e;
            }
            List<String> shown = folders.stream().filter(Files::isDirectory).map(Path::toString).toList();
            throw new HarkException(HarkException.INPUT, "FreeTTS could not load the voice jars in "
                    + String.join(", ", shown) + ": " + e.getMessage() + "; remove or fix the jar it names");
        }
    }
}
