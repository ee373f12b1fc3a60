package oxidation.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared data (corpus, fixtures, domain facts): the {@code shared} folder beside the
 * repository, or the folder named by {@code OXIDATION_SHARED_DIR}.
 */
public final class SharedData {

    private SharedData() {
    }

    /** A path inside the shared folder, failing clearly when the folder is missing. */
    public static Path path(String relative) {
        Path root = root();
        Path path = root.resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("shared data not found: " + path);
        }
        return path;
    }

    private static Path root() {
        String configured = System.getenv("OXIDATION_SHARED_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolveSibling("shared"))) {
                return dir.resolveSibling("shared");
            }
        }
        throw new IllegalStateException("the shared data folder was not found beside the repository; "
                + "set OXIDATION_SHARED_DIR");
    }
}
