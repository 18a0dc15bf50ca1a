package hark.voice;

import com.sun.speech.freetts.VoiceDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a FreeTTS voice jar at test time, as a user would get one: a VoiceDirectory subclass compiled from
 * source, packaged with the manifest FreeTTS looks for. Its one voice speaks with kevin16's diphone data from the
 * FreeTTS jar under a new name, so that no voice data has to be shipped for the test.
 */
final class TinyVoiceJar {
    private static final String SOURCE = """
            package tiny;

            import com.sun.speech.freetts.Age;
            import com.sun.speech.freetts.Gender;
            import com.sun.speech.freetts.Voice;
            import com.sun.speech.freetts.VoiceDirectory;
            import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
            import com.sun.speech.freetts.en.us.CMULexicon;
            import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
            import java.util.Locale;

            public class TinyVoiceDirectory extends VoiceDirectory {
                @Override
                public Voice[] getVoices() {
                    return new Voice[] {new CMUDiphoneVoice("%s", Gender.MALE, Age.YOUNGER_ADULT,
                            "a tiny test voice", Locale.US, "general", "hark tests", new CMULexicon("cmulex"),
                            KevinVoiceDirectory.class.getResource("cmu_us_kal16.bin"))};
                }
            }
            """;

    private TinyVoiceJar() {}

    /**
     * Writes {@code folder/fileName}, a voice jar whose directory gives one voice called {@code voiceName}.
     *
     * @param voiceDefinition the manifest's {@code FreeTTSVoiceDefinition} value, or null to leave it out
     * @param mainClass whether the manifest names the directory as Main-Class
     */
    static Path write(Path folder, String fileName, String voiceName, String voiceDefinition, boolean mainClass)
            throws IOException {
        Path build = Files.createTempDirectory("hark-tinyvoice-src-");
        try {
            Path source = build.resolve("tiny/TinyVoiceDirectory.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, SOURCE.formatted(voiceName), StandardCharsets.UTF_8);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, "-classpath", freettsJar().toString(),
                    "-d", build.toString(), source.toString());
            if (status != 0) {
                throw new IllegalStateException("javac failed on the tiny voice directory");
            }
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            if (voiceDefinition != null) {
                main.putValue("FreeTTSVoiceDefinition", voiceDefinition);
            }
            if (mainClass) {
                main.put(Attributes.Name.MAIN_CLASS, "tiny.TinyVoiceDirectory");
            }
            Files.createDirectories(folder);
            Path jar = folder.resolve(fileName);
            try (OutputStream file = Files.newOutputStream(jar);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                out.putNextEntry(new JarEntry("tiny/"));
                out.putNextEntry(new JarEntry("tiny/TinyVoiceDirectory.class"));
                out.write(Files.readAllBytes(build.resolve("tiny/TinyVoiceDirectory.class")));
                out.closeEntry();
            }
            return jar;
        } finally {
            deleteTree(build);
        }
    }

    static Path freettsJar() {
        try {
            return Path.of(VoiceDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A child JVM on this test run's classpath, running {@code main} with these system properties. */
    static ProcessBuilder java(List<String> properties, String main, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true"));
        command.addAll(properties);
        command.add(main);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(false);
    }
}
