package hark.voice;

import hark.Environment;
import hark.HarkException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The voices a user can choose: one {@code NAME.voice} file each, from hark's own {@code voices/} folder and then
 * the user's {@code $XDG_CONFIG_HOME/hark/voices}, where a file of the same name replaces the shipped one; plus
 * the FreeTTS voices of voice jars dropped into those folders (and MBROLA's), see {@link FreeTtsVoices}.
 *
 * <pre>{@code
 * name = kevin16
 * description = FreeTTS's clear US English male voice
 * freetts.voice = kevin16
 * pitch = 100
 * pitch.range = 11
 * words.per.minute = 187
 * sentence.gap.ms = 250
 * paragraph.gap.ms = 600
 * }</pre>
 */
public final class VoiceCatalog {
    public static final String DEFAULT_VOICE = "kevin16";
    private static final String SUFFIX = ".voice";

    private final Map<String, VoiceSpec> voices;
    private final List<Path> folders;

    private VoiceCatalog(Map<String, VoiceSpec> voices, List<Path> folders) {
        this.voices = voices;
        this.folders = List.copyOf(folders);
    }

    /** The folders it was read from, where the voice jars its voices name lie. */
    public List<Path> folders() {
        return folders;
    }

    /**
     * Reads every folder in order; later folders override earlier ones by voice name. Missing folders are skipped.
     * Then adds the FreeTTS voices from voice jars in those folders, and MBROLA's, that no preset speaks with,
     * under their FreeTTS names and at their own pitch and rate.
     */
    public static VoiceCatalog load(List<Path> folders) {
        Map<String, VoiceSpec> voices = presets(folders);
        Set<String> spoken = new HashSet<>();
        voices.values().forEach(v -> spoken.add(v.freettsVoice()));
        VoiceSpec base = VoiceSpec.kevin16();
        for (FreeTtsVoices.Found f : FreeTtsVoices.discover(folders)) {
            if (!spoken.contains(f.name()) && !voices.containsKey(f.name())) {
                voices.put(f.name(), new VoiceSpec(f.name(), f.origin(), f.name(),
                        positiveOr(f.pitch(), base.pitch()), positiveOr(f.pitchRange(), base.pitchRange()),
                        positiveOr(f.wordsPerMinute(), base.wordsPerMinute()),
                        base.sentenceGapMs(), base.paragraphGapMs()));
            }
        }
        return new VoiceCatalog(voices, folders);
    }

    /**
     * The preset of that name from the voice files alone, without asking FreeTTS for the voices of voice jars or
     * MBROLA: cheap enough to guess, before the command line is parsed, which FreeTTS voice start-up will load.
     *
     * @throws HarkException as {@link #load} does for a voice file that cannot be read
     */
    public static Optional<VoiceSpec> preset(String name, List<Path> folders) {
        return Optional.ofNullable(presets(folders).get(name));
    }

    /** The built-in default, then every folder's voice files in order; a later file replaces an earlier one. */
    private static Map<String, VoiceSpec> presets(List<Path> folders) {
        Map<String, VoiceSpec> voices = new LinkedHashMap<>();
        voices.put(DEFAULT_VOICE, VoiceSpec.kevin16());
        for (Path folder : folders) {
            for (Path file : voiceFiles(folder)) {
                VoiceSpec spec = parse(file);
                voices.put(spec.name(), spec);
            }
        }
        return voices;
    }

    private static double positiveOr(double value, double fallback) {
        return value > 0 && !Double.isInfinite(value) ? value : fallback;
    }

    /** hark's own voices folder, then the user's, where {@code environment} says they are. */
    public static List<Path> defaultFolders(Environment environment) {
        return List.of(environment.home().resolve("voices"), environment.configDir().resolve("voices"));
    }

    public List<VoiceSpec> all() {
        return List.copyOf(voices.values());
    }

    public Optional<VoiceSpec> find(String name) {
        return Optional.ofNullable(voices.get(name));
    }

    /** @throws HarkException naming the voice and how to list them */
    public VoiceSpec require(String name) {
        return find(name).orElseThrow(() -> new HarkException(HarkException.USAGE,
                "unknown voice \"" + name + "\"; run `hark voices` to list them (known: "
                        + String.join(", ", voices.keySet()) + ")"));
    }

    private static List<Path> voiceFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new HarkException(HarkException.INPUT, folder + ": could not list voices: " + e.getMessage());
        }
    }

    static VoiceSpec parse(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new HarkException(HarkException.INPUT, file + ": could not read voice file: " + e.getMessage());
        }
        String fileName = file.getFileName().toString();
        String name = p.getProperty("name", fileName.substring(0, fileName.length() - SUFFIX.length())).strip();
        return new VoiceSpec(name, p.getProperty("description", "").strip(),
                p.getProperty("freetts.voice", DEFAULT_VOICE).strip(),
                number(p, file, "pitch", 100), number(p, file, "pitch.range", 11),
                number(p, file, "words.per.minute", 187),
                (int) number(p, file, "sentence.gap.ms", 250), (int) number(p, file, "paragraph.gap.ms", 600));
    }

    private static double number(Properties p, Path file, String key, double fallback) {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new HarkException(HarkException.INPUT,
                    file + ": key " + key + " must be a non-negative number, not \"" + value.strip() + "\"");
        }
    }
}
