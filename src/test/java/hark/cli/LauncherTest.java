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
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The ./hark launcher, run by bash as a user runs it. It is copied into a temporary hark folder whose
 * target/hark.jar is a small jar that starts this build's hark.cli.Main, so no Maven build is needed (where one
 * is, a stand-in mvn on the PATH rewrites that jar). Also its class-data archive, target/hark.jsa: used when
 * current, and never a word from the JVM about one that is stale or broken.
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
        writeStarterJar(jar, "");
    }

    /** The same, with a note in the manifest, so that two starter jars can differ. */
    private static void writeStarterJar(Path jar, String note) throws IOException {
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        if (!note.isEmpty()) {
            main.put(new Attributes.Name("Hark-Test-Note"), note);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream unused = new JarOutputStream(out, manifest)) {
            // the manifest is all it holds
        }
    }

    private String run(Path command, String... args) throws Exception {
        return run(command, Map.of(), args);
    }

    /** Runs the launcher with these extra environment variables; its stdout and stderr together. */
    private String run(Path command, Map<String, String> environment, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", command.toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true);
        // The launcher runs `java` from the PATH: make it this JVM's.
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().put("PATH", javaBin + File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("HOME", dir.toString());
        builder.environment().putAll(environment);
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

    /** A class-data archive of a run of target/hark.jar, as the launcher's own would be made. */
    private Path archiveOfTheJar(String argument) throws Exception {
        Path archive = home.resolve("target/hark.jsa");
        Process process = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + archive, "-XX:+UseSerialGC",
                "-Xmx256m", "-jar", home.resolve("target/hark.jar").toString(), argument)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(archive).isNotEmptyFile();
        return archive;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void startsWithTheClassDataArchiveWhenItIsNewerThanTheJar() throws Exception {
        Path archive = archiveOfTheJar("--version");
        Files.setLastModifiedTime(home.resolve("target/hark.jar"), FileTime.fromMillis(
                Files.getLastModifiedTime(archive).toMillis() - 60_000));
        Path log = dir.resolve("classes.log");

        run(home.resolve("hark"), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log), "--version");

        assertThat(Files.readString(log)).contains("source: shared objects file (top)");
    }

    @Test
    void saysNothingOfAnArchiveMadeFromAnotherJar() throws Exception {
        // The archive of an earlier jar. CDS records a jar's size and time, but only for jars on relative paths
        // (the starter jar's file: URLs it leaves out), so the earlier jar is picocli's AutoComplete with
        // picocli in target/lib, as the real jar has its libraries.
        Path jar = home.resolve("target/hark.jar");
        Path lib = Files.createDirectories(home.resolve("target/lib"));
        Files.copy(Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                lib.resolve("picocli.jar"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, AutoComplete.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/picocli.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream unused = new JarOutputStream(out, manifest)) {
            // the manifest is all it holds
        }
        Path archive = archiveOfTheJar("--help");
        // Then a rebuilt jar whose time says it is older (copied with its time, unpacked from a tarball): the
        // launcher passes the archive, and the JVM, finding it stale, would say so on stdout.
        writeStarterJar(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 60_000));

        assertThat(run(home.resolve("hark"), "--version")).matches("hark [^\\n]*\\n");
    }

    @Test
    void saysNothingOfAnArchiveThatIsNotOne() throws Exception {
        byte[] noise = new byte[100_000];
        new Random(12).nextBytes(noise);
        Files.write(home.resolve("target/hark.jsa"), noise);

        assertThat(run(home.resolve("hark"), "--version")).matches("hark [^\\n]*\\n");
    }

    @Test
    void aBuildMakesTheArchiveQuietly() throws Exception {
        // Sources newer than the jar make the launcher build; a stand-in mvn rewrites the jar as a build would.
        Files.createDirectories(home.resolve("src/main"));
        Path jar = home.resolve("target/hark.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Files.copy(Path.of("examples/welcome.html"), Files.createDirectories(home.resolve("examples"))
                .resolve("welcome.html"));
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\ntouch target/hark.jar\n");
        assertThat(mvn.toFile().setExecutable(true)).isTrue();
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        String path = javaBin + File.pathSeparator + bin + File.pathSeparator + System.getenv("PATH");

        String output = run(home.resolve("hark"), Map.of("PATH", path), "--version");

        assertThat(output).matches("hark: building [^\\n]*\\nhark [^\\n]*\\n");
        assertThat(home.resolve("target/hark.jsa")).isNotEmptyFile();
        assertThat(Files.getLastModifiedTime(home.resolve("target/hark.jsa")))
                .isGreaterThan(Files.getLastModifiedTime(jar));
        try (var files = Files.list(home.resolve("target"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    "hark.jar", "hark.jsa");
        }
        assertThat(run(home.resolve("hark"), Map.of("PATH", path), "--version")).matches("hark [^\\n]*\\n");
    }
}
