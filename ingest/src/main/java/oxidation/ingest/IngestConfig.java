package oxidation.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import oxidation.ingest.fetch.Backoff;
import oxidation.ingest.fetch.FetchConfig;
import oxidation.ingest.worker.WorkerConfig;

/**
 * The configuration of the ingest service, read from the environment by {@link #fromEnv(Map)}.
 *
 * @param bootstrapServers {@code KAFKA_BOOTSTRAP_SERVERS}, default {@code localhost:9092}
 * @param topicPrefix {@code OXIDATION_TOPIC_PREFIX}, default none
 * @param groupId {@code INGEST_GROUP_ID}, default {@code oxidation-ingest}
 * @param sourcesFile {@code INGEST_SOURCES_FILE}: a YAML sources file published on start, or null
 * @param allowHosts {@code INGEST_ALLOW_HOSTS}: hosts fetched despite a private or loopback address
 * @param defaultPollInterval {@code INGEST_DEFAULT_POLL_INTERVAL}, default {@code PT30M}
 * @param maxBodyBytes {@code INGEST_MAX_BODY_BYTES}, default 15 MiB
 * @param fetchPages {@code INGEST_FETCH_PAGES}: fetch the page of a summary-only entry, default true
 * @param maxPagesPerPoll {@code INGEST_MAX_PAGES_PER_POLL}, default 20
 * @param politeDelay {@code INGEST_POLITE_DELAY}: least time between requests to one host, default {@code PT1S}
 * @param fetchDeadline {@code INGEST_FETCH_DEADLINE}: longest time of one fetch, default {@code PT60S}
 * @param backoffBase {@code INGEST_BACKOFF_BASE}: wait after a first failure, default {@code PT1M}
 * @param backoffMax {@code INGEST_BACKOFF_MAX}: longest wait after failures, default {@code PT6H}
 * @param pollThreads {@code INGEST_POLL_THREADS}: sources polled at once per worker, default 8
 */
public record IngestConfig(String bootstrapServers, String topicPrefix, String groupId, Path sourcesFile,
        Set<String> allowHosts, Duration defaultPollInterval, long maxBodyBytes, boolean fetchPages,
        int maxPagesPerPoll, Duration politeDelay, Duration fetchDeadline, Duration backoffBase, Duration backoffMax,
        int pollThreads) {

    public IngestConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        Objects.requireNonNull(groupId, "groupId");
        allowHosts = Set.copyOf(allowHosts);
    }

    /** The configuration from environment variables; unset ones take their defaults. */
    public static IngestConfig fromEnv(Map<String, String> env) {
        Env e = new Env(env);
        return new IngestConfig(
                e.text("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
                e.text("OXIDATION_TOPIC_PREFIX", ""),
                e.text("INGEST_GROUP_ID", "oxidation-ingest"),
                e.text("INGEST_SOURCES_FILE", "").isBlank() ? null : Path.of(e.text("INGEST_SOURCES_FILE", "")),
                Arrays.stream(e.text("INGEST_ALLOW_HOSTS", "").split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
                e.duration("INGEST_DEFAULT_POLL_INTERVAL", "PT30M"),
                e.number("INGEST_MAX_BODY_BYTES", FetchConfig.DEFAULT_MAX_BODY_BYTES),
                Boolean.parseBoolean(e.text("INGEST_FETCH_PAGES", "true")),
                (int) e.number("INGEST_MAX_PAGES_PER_POLL", 20),
                e.duration("INGEST_POLITE_DELAY", "PT1S"),
                e.duration("INGEST_FETCH_DEADLINE", "PT60S"),
                e.duration("INGEST_BACKOFF_BASE", "PT1M"),
                e.duration("INGEST_BACKOFF_MAX", "PT6H"),
                (int) e.number("INGEST_POLL_THREADS", 8));
    }

    /** How the fetcher behaves under this configuration. */
    public FetchConfig fetchConfig() {
        FetchConfig defaults = FetchConfig.defaults(allowHosts).withMaxBodyBytes(maxBodyBytes)
                .withPoliteDelay(politeDelay);
        Duration read = defaults.readTimeout().compareTo(fetchDeadline) < 0 ? defaults.readTimeout() : fetchDeadline;
        Duration connect = defaults.connectTimeout().compareTo(fetchDeadline) < 0 ? defaults.connectTimeout()
                : fetchDeadline;
        return defaults.withTimeouts(connect, read, fetchDeadline);
    }

    /** How a worker runs under this configuration. */
    public WorkerConfig workerConfig() {
        return new WorkerConfig(bootstrapServers, topicPrefix, groupId, defaultPollInterval, fetchPages,
                maxPagesPerPoll, new Backoff(backoffBase, backoffMax), pollThreads);
    }

    private record Env(Map<String, String> env) {
        String text(String name, String fallback) {
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        Duration duration(String name, String fallback) {
            String value = text(name, fallback);
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + "='" + value + "' is not an ISO-8601 duration such as PT30M", e);
            }
        }

        long number(String name, long fallback) {
            String value = text(name, Long.toString(fallback));
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + "='" + value + "' is not a whole number", e);
            }
        }
    }
}
