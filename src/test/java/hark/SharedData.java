package hark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared} (fixtures and dev sets that live beside the repository, not in it). Outside CI a test
 * that needs it is skipped with the reason; in CI (CI=true) its absence is a failure.
 */
public final class SharedData {
    private SharedData() {}

    public static Path require(String relative) {
        Path base = Path.of(System.getProperty("hark.shared", "../shared"));
        Path path = base.resolve(relative);
        boolean present = Files.exists(path);
        if ("true".equals(System.getenv("CI")) && !present) {
            throw new AssertionError("CI needs the shared data at " + path.toAbsolutePath());
        }
        assumeTrue(present, "shared data not found at " + path.toAbsolutePath()
                + " (it sits beside the repository in our CI); skipping");
        return path;
    }
}
