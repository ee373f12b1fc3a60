package oxidation.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Touches a file every few seconds while a service runs, for container healthchecks; does nothing when no file is named. */
final class Heartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final Path file;
    private ScheduledExecutorService timer;

    private Heartbeat(Path file) {
        this.file = file;
    }

    static Heartbeat fromEnv(Map<String, String> env) {
        String name = env.get("OXIDATION_HEALTH_FILE");
        return new Heartbeat(name == null || name.isBlank() ? null : Path.of(name));
    }

    void start() {
        if (file == null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::touch, 0, 5, TimeUnit.SECONDS);
    }

    private void touch() {
        try {
            if (Files.exists(file)) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            } else {
                Files.writeString(file, "ok\n");
            }
        } catch (IOException e) {
            LOG.warn("cannot touch the health file {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("cannot remove the health file {}: {}", file, e.getMessage());
            }
        }
    }
}
