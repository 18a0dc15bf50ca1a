package hark.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import hark.Slow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FreeTTS voice jars dropped into a voices folder are found by FreeTTS's own voice path and speak. The hark runs
 * happen in child JVMs: FreeTTS's VoiceManager keeps the jars it loaded in a static class loader, and hark sets
 * system properties for it.
 */
@Slow
class VoiceJarTest {
    private Path root;
    private Path home;
    private Path config;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createTempDirectory("hark-voicejar-");
        home = root.resolve("hark home"); // a space: FreeTTS builds URIs from these folder names
        config = root.resolve("config");
        Files.createDirectories(home.resolve("voices"));
        Files.createDirectories(config);
    }

    @AfterEach
    void clean() throws IOException {
        TinyVoiceJar.deleteTree(root);
    }

    @Test
    void aJarInHarksVoicesFolderIsListedAndSpeaksWhileKevin16KeepsWorking() throws Exception {
        TinyVoiceJar.write(home.resolve("voices"), "tiny.jar", "tinyvoice", "true", true);

        Run list = hark("voices");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("(?m)^tinyvoice\\s+FreeTTS voice from tiny\\.jar$")
                .containsPattern("(?m)^kevin16\\s.*\\(default\\)$");

        short[] tiny = render("tinyvoice");
        short[] kevin = render("kevin16");
        assertThat(peak(tiny)).as("tinyvoice is audible").isGreaterThan(1000);
        assertThat(tiny.length / 16000.0).as("seconds of speech").isBetween(1.0, 10.0);
        assertThat(peak(kevin)).as("kevin16 still speaks").isGreaterThan(1000);
    }

    @Test
    void aJarInTheUsersConfigFolderIsFoundAndAPresetOnItReplacesTheBareEntry() throws Exception {
        Path userVoices = config.resolve("voices");
        TinyVoiceJar.write(userVoices, "mine.jar", "minevoice", "true", true);
        Files.writeString(userVoices.resolve("slowmine.voice"), """
                name = slowmine
                description = my jar voice, slower
                freetts.voice = minevoice
                words.per.minute = 150
                """);

        Run list = hark("voices");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("(?m)^slowmine\\s+my jar voice, slower$")
                .doesNotContain("FreeTTS voice from mine.jar");
        assertThat(peak(render("slowmine"))).isGreaterThan(1000);
    }

    @Test
    void aJarWithoutTheVoiceFlagIsNotAVoice() throws Exception {
        TinyVoiceJar.write(home.resolve("voices"), "library.jar", "notavoice", null, true);

        assertThat(FreeTtsVoices.discover(List.of(home.resolve("voices"))))
                .extracting(FreeTtsVoices.Found::name).doesNotContain("notavoice");
    }

    @Test
    void aVoiceJarWithoutMainClassGetsOneLineNamingTheFileAndTheKey() throws Exception {
        Path jar = TinyVoiceJar.write(home.resolve("voices"), "broken.jar", "broken", "true", false);

        assertThatThrownBy(() -> VoiceCatalog.load(List.of(home.resolve("voices"))))
                .isInstanceOf(HarkException.class)
                .hasMessageContaining(jar.toString()).hasMessageContaining("Main-Class")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFileNamedDotJarThatIsNoJarGetsOneLineNamingIt() throws Exception {
        Path bogus = home.resolve("voices").resolve("notes.jar");
        Files.writeString(bogus, "not a zip");

        assertThatThrownBy(() -> VoiceCatalog.load(List.of(home.resolve("voices"))))
                .isInstanceOf(HarkException.class)
                .hasMessageContaining(bogus.toString()).hasMessageNotContaining("\n");
    }

    @Test
    void foldersGoOnFreettsVoicesPathEscapedAsFreettsBuildsAUriFromThem() throws IOException {
        Path folder = Files.createDirectories(root.resolve("my voices:2"));

        String entry = FreeTtsVoices.forVoicesPath(folder);

        assertThat(entry).startsWith("/").endsWith("/my%20voices%3A2/").doesNotContain(java.io.File.pathSeparator);
        assertThat(Path.of(java.net.URI.create("file://" + entry))).isEqualTo(folder);
    }

    private short[] render(String voice) throws Exception {
        Path article = root.resolve("article.txt");
        Files.writeString(article, "The committee met on Thursday. It agreed on the budget.\n");
        Path wav = root.resolve(voice + ".wav");
        Run run = hark("--voice", voice, "-o", wav.toString(), article.toString());
        assertThat(run.code()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(wav);
        short[] samples = new short[(bytes.length - 44) / 2];
        ByteBuffer.wrap(bytes, 44, bytes.length - 44).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    private static int peak(short[] samples) {
        int peak = 0;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    record Run(int code, String out, String err) {}

    private Run hark(String... args) throws Exception {
        List<String> properties = new ArrayList<>(List.of("-Dhark.home=" + home, "-Dhark.config.dir=" + config,
                "-Dhark.state.dir=" + root.resolve("state")));
        ProcessBuilder builder = TinyVoiceJar.java(properties, "hark.cli.Main", args);
        builder.environment().remove("MBROLA_BASE");
        builder.environment().remove("MBROLA_DIR");
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("hark " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
