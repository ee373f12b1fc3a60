package oxidation.launcher.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What every part of a run shares.
 *
 * @param size how much work each measurement does
 * @param work a scratch directory for databases and broker data, deleted after the run
 * @param postgres the PostgreSQL server to measure on, or null to measure on H2 only
 * @param log where progress lines go
 */
record BenchContext(Size size, Path work, PgTarget postgres, PrintWriter log) {

    void progress(String format, Object... args) {
        log.printf(Locale.ROOT, "  " + format + "%n", args);
        log.flush();
    }
}
