package oxidation.classify.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Configuration of the classify service, read from the environment in {@link #fromEnv(Map)}.
 *
 * @param bootstrapServers {@code KAFKA_BOOTSTRAP_SERVERS}, default {@code localhost:9092}
 * @param topicPrefix {@code OXIDATION_TOPIC_PREFIX}, default none
 * @param applicationId {@code CLASSIFY_APPLICATION_ID}, default {@code oxidation-classify}
 * @param stateDir {@code CLASSIFY_STATE_DIR}, or null for Kafka Streams' default (the topology is stateless)
 * @param replay {@code CLASSIFY_REPLAY}, default false: when true the consumer group is named per catalog
 *     version, so a new catalog re-tags {@code articles.raw} from the beginning and a restart with the same
 *     catalog resumes
 * @param threads {@code CLASSIFY_THREADS}, default 1: stream threads of this instance, each tagging the
 *     partitions it is given (threads beyond the partitions stay idle). On two cores shared with the broker a
 *     second thread tagged no faster (the cores were already busy); more help where cores are free
 */
public record ClassifyConfig(String bootstrapServers, String topicPrefix, String applicationId, Path stateDir,
        boolean replay, int threads) {

    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    public static final String DEFAULT_APPLICATION_ID = "oxidation-classify";
    public static final int DEFAULT_THREADS = 1;

    public ClassifyConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("KAFKA_BOOTSTRAP_SERVERS must not be blank");
        }
        if (applicationId == null || !applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("CLASSIFY_APPLICATION_ID must be letters, digits, '.', '_' or '-', was '"
                    + applicationId + "'");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("CLASSIFY_THREADS must be at least 1, was " + threads);
        }
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
    }

    /** A configuration with one stream thread. */
    public ClassifyConfig(String bootstrapServers, String topicPrefix, String applicationId, Path stateDir,
            boolean replay) {
        this(bootstrapServers, topicPrefix, applicationId, stateDir, replay, DEFAULT_THREADS);
    }

    /** The configuration from environment variables, with the one-machine defaults. */
    public static ClassifyConfig fromEnv(Map<String, String> env) {
        String stateDir = env.get("CLASSIFY_STATE_DIR");
        return new ClassifyConfig(
                env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", DEFAULT_BOOTSTRAP_SERVERS),
                env.getOrDefault("OXIDATION_TOPIC_PREFIX", ""),
                env.getOrDefault("CLASSIFY_APPLICATION_ID", DEFAULT_APPLICATION_ID),
                stateDir == null || stateDir.isBlank() ? null : Path.of(stateDir),
                parseBoolean(env.getOrDefault("CLASSIFY_REPLAY", "false")),
                parseThreads(env.get("CLASSIFY_THREADS")));
    }

    private static int parseThreads(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_THREADS;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CLASSIFY_THREADS must be a whole number, was '" + value + "'");
        }
    }

    /** The Kafka Streams application id for a catalog version: per version when replaying, else fixed. */
    public String applicationIdFor(String catalogVersion) {
        return replay ? applicationId + "-" + catalogVersion.replaceAll("[^A-Za-z0-9._-]", "_") : applicationId;
    }

    private static boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no", "" -> false;
            default -> throw new IllegalArgumentException("CLASSIFY_REPLAY must be true or false, was '" + value + "'");
        };
    }
}
