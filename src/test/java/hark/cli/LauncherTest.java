package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./hark launcher, run by bash as a user runs it. It is copied into a temporary hark folder whose
 * target/hark.jar is a small jar that starts this build's hark.cli.Main, so no Maven build is needed.
 */
@Slow
class LauncherTest {
    @TempDir
    Path dir;

    private Path home;

    @BeforeEach
    void makeAHarkFolder() throws IOException {
        home = Files.createDirectories(dir.resolve("src/hark"));
        Path launcher = home.resolve("hark");
        Files.copy(Path.of("hark"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        writeStarterJar(Files.createDirectories(home.resolve("target")).resolve("hark.jar"));
    }

    /** A jar with only a manifest: Main-Class hark.cli.Main, Class-Path this test run's classes and jars. */
    private static void writeStarterJar(Path jar) throws IOException {
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream unused = new JarOutputStream(out, manifest)) {
            // the manifest is all it holds
        }
    }

    private String run(Path command, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", command.toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true);
        // The launcher runs `java` from the PATH: make it this JVM's.
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().put("PATH", javaBin + File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finishes").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void runsFromItsOwnFolder() throws Exception {
        assertThat(run(home.resolve("hark"), "--version")).startsWith("hark ");
    }

    @Test
    void runsThroughARelativeSymlinkInAnotherFolder() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("hark"), Path.of("../src/hark/hark"));
        assertThat(run(link, "--version")).startsWith("hark ");
    }

    @Test
    void runsThroughAChainOfSymlinks() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path first = Files.createSymbolicLink(dir.resolve("hark-link"), home.resolve("hark"));
        Path link = Files.createSymbolicLink(bin.resolve("hark"), first);
        assertThat(run(link, "--version")).startsWith("hark ");
    }
}
