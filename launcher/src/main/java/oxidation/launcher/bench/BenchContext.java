package oxidation.launcher.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import oxidation.broker.LocalKafka;
import oxidation.broker.LocalKafkaConfig;
import oxidation.events.TopicSetup;
import oxidation.events.Topics;

/**
 * What every part of a run shares: its size, a scratch directory, the PostgreSQL to measure on, the
 * console, and a real Kafka broker started on first use.
 */
final class BenchContext implements AutoCloseable {

    private final Size size;
    private final Path work;
    private final PgTarget postgres;
    private final PrintWriter log;
    private LocalKafka kafka;

    /**
     * @param work a scratch directory for databases and broker data, deleted after the run
     * @param postgres the PostgreSQL server to measure on, or null to measure on H2 only
     */
    BenchContext(Size size, Path work, PgTarget postgres, PrintWriter log) {
        this.size = size;
        this.work = work;
        this.postgres = postgres;
        this.log = log;
    }

    Size size() {
        return size;
    }

    Path work() {
        return work;
    }

    PgTarget postgres() {
        return postgres;
    }

    void progress(String format, Object... args) {
        log.printf(Locale.ROOT, "  " + format + "%n", args);
        log.flush();
    }

    /** The broker's address; starts an in-process broker on first call. */
    synchronized String bootstrapServers() {
        if (kafka == null) {
            long start = System.nanoTime();
            kafka = LocalKafka.start(LocalKafkaConfig.temporary());
            progress("broker started in %.1f s", Stats.seconds(start));
        }
        return kafka.bootstrapServers();
    }

    /** A fresh topic prefix with every topic of the pipeline created under it, one partition each. */
    String freshTopics(String name) {
        String prefix = name + "-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        TopicSetup.ensure(bootstrapServers(), Topics.withPrefix(prefix), 1, (short) 1);
        return prefix;
    }

    /** Stops the broker (if started), so later parts have the machine to themselves. */
    synchronized void stopBroker() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    @Override
    public void close() {
        stopBroker();
    }
}
