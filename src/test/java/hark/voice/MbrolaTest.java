package hark.voice;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MBROLA is not installed for these tests: a stand-in install has the files FreeTTS checks (the voice databases
 * {@code usN/usN}) and a stand-in {@code mbrola} program, a shell script that answers each phoneme line FreeTTS
 * sends (name, duration in ms, pitch targets) with that many milliseconds of constant 16 kHz samples. That proves
 * the wiring hark is responsible for: where MBROLA is looked for, {@code mbrola.base}, and FreeTTS's MBROLA voices
 * reaching hark's list and its audio path. The sound of real MBROLA is not tested here.
 */
@Slow
class MbrolaTest {
    private static final String FAKE_MBROLA = """
            #!/bin/sh
            # Stand-in for mbrola: each input line is "phoneme duration-ms targets..."; 32 bytes per ms at 16 kHz.
            while read -r name dur rest; do
              case "$dur" in ''|*[!0-9]*) continue ;; esac
              head -c $((dur * 32)) /dev/zero | tr '\\000' '\\100'
            done
            """;

    private Path root;

    @BeforeEach
    void folder() throws IOException {
        root = Files.createTempDirectory("hark-mbrola-test-");
    }

    @AfterEach
    void clean() throws IOException {
        TinyVoiceJar.deleteTree(root);
    }

    @Test
    void findsVoicesAndTheProgramInMbrolaBaseAsFreettsWantsThem() throws IOException {
        Path base = install(root.resolve("mbrola"), List.of("us1", "us3"), true);

        Optional<Mbrola.Install> found = Mbrola.locate(null, Map.of("MBROLA_BASE", base.toString()), List.of());

        assertThat(found).contains(new Mbrola.Install(base, base, List.of("us1", "us3")));
    }

    @Test
    void debianLayoutWithTheProgramOnThePathGetsAFolderOfLinksInFreettsLayout() throws IOException {
        Path base = install(root.resolve("share/mbrola"), List.of("us2"), false);
        Path bin = Files.createDirectories(root.resolve("bin"));
        program(bin.resolve("mbrola"));

        Mbrola.Install found = Mbrola.locate(null, Map.of("PATH", "/nonexistent:" + bin), List.of(base.toString()))
                .orElseThrow();

        assertThat(found.installed()).isEqualTo(base);
        assertThat(found.voices()).containsExactly("us2");
        assertThat(found.base()).isNotEqualTo(base);
        assertThat(found.base().resolve("mbrola").toRealPath()).isEqualTo(bin.resolve("mbrola").toRealPath());
        assertThat(found.base().resolve("us2/us2")).isRegularFile();
    }

    @Test
    void thePropertyWinsOverTheEnvironmentWhichWinsOverTheDefaults() throws IOException {
        Path byProperty = install(root.resolve("p"), List.of("us1"), true);
        Path byEnv = install(root.resolve("e"), List.of("us1"), true);
        Path byDefault = install(root.resolve("d"), List.of("us1"), true);
        Map<String, String> env = Map.of("MBROLA_DIR", byEnv.toString());

        assertThat(Mbrola.locate(byProperty.toString(), env, List.of(byDefault.toString())).orElseThrow().base())
                .isEqualTo(byProperty);
        assertThat(Mbrola.locate(null, env, List.of(byDefault.toString())).orElseThrow().base()).isEqualTo(byEnv);
        assertThat(Mbrola.locate(null, Map.of(), List.of(byDefault.toString())).orElseThrow().base())
                .isEqualTo(byDefault);
    }

    @Test
    void noVoicesOrNoProgramMeansNoMbrola() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));
        Path voicesOnly = install(root.resolve("voices-only"), List.of("us1"), false);

        assertThat(Mbrola.locate(null, Map.of("MBROLA_BASE", empty.toString()), List.of())).isEmpty();
        assertThat(Mbrola.locate(null, Map.of("MBROLA_BASE", voicesOnly.toString(), "PATH", empty.toString()),
                List.of())).isEmpty();
        assertThat(Mbrola.locate(null, Map.of(), List.of(root.resolve("absent").toString()))).isEmpty();
    }

    @Test
    void harkListsMbrolaVoicesAndSpeaksWithThemThroughFreetts() throws Exception {
        Path base = install(root.resolve("mbrola base"), List.of("us1"), true);

        Run list = hark(base, "voices");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("(?m)^mbrola_us1\\s+MBROLA voice us1, from .*mbrola base$")
                .doesNotContain("mbrola_us2").containsPattern("(?m)^kevin16\\s");

        Path article = root.resolve("article.txt");
        Files.writeString(article, "The committee met on Thursday.\n");
        Path wav = root.resolve("us1.wav");
        Run render = hark(base, "--voice", "mbrola_us1", "-o", wav.toString(), article.toString());
        assertThat(render.code()).as(render.err()).isZero();
        byte[] bytes = Files.readAllBytes(wav);
        short[] samples = new short[(bytes.length - 44) / 2];
        ByteBuffer.wrap(bytes, 44, bytes.length - 44).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        long sounding = 0;
        for (short s : samples) {
            sounding += s != 0 ? 1 : 0;
        }
        // The stand-in's output for each phoneme FreeTTS timed: about a second for five words.
        assertThat(sounding / 16000.0).as("seconds from the mbrola program").isBetween(0.5, 5.0);
    }

    /** A stand-in MBROLA folder: voice databases, and the program in it or not. */
    private static Path install(Path base, List<String> voices, boolean withProgram) throws IOException {
        for (String v : voices) {
            Files.createDirectories(base.resolve(v));
            Files.writeString(base.resolve(v).resolve(v), "stand-in database");
        }
        Files.createDirectories(base);
        if (withProgram) {
            program(base.resolve("mbrola"));
        }
        return base;
    }

    private static void program(Path file) throws IOException {
        Files.writeString(file, FAKE_MBROLA, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    record Run(int code, String out, String err) {}

    private Run hark(Path mbrolaBase, String... args) throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        ProcessBuilder builder = TinyVoiceJar.java(List.of("-Dhark.home=" + home,
                "-Dhark.config.dir=" + root.resolve("config"), "-Dhark.state.dir=" + root.resolve("state")),
                "hark.cli.Main", args);
        builder.environment().put("MBROLA_BASE", mbrolaBase.toString());
        builder.environment().remove("MBROLA_DIR");
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("hark did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
