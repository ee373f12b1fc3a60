package oxidation.launcher.compose;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's root folder (the one holding {@code docker-compose.yml}) from a module's folder. */
public final class Repository {

    private Repository() {
    }

    /** The root folder, found by walking up from the working directory. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
