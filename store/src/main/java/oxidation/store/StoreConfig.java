package oxidation.store;

import java.util.Map;
import java.util.Objects;

/**
 * The store's configuration, read from the environment in one place.
 *
 * @param bootstrapServers {@code KAFKA_BOOTSTRAP_SERVERS}, default {@code localhost:9092}
 * @param topicPrefix {@code OXIDATION_TOPIC_PREFIX}, default none
 * @param jdbcUrl {@code STORE_JDBC_URL}, default an H2 file under {@code ./.oxidation/}
 * @param jdbcUser {@code STORE_JDBC_USER}, default {@code sa} for H2 and none otherwise
 * @param jdbcPassword {@code STORE_JDBC_PASSWORD}, default empty
 * @param httpPort {@code STORE_HTTP_PORT}, default 8080; 0 picks a free port
 * @param groupId {@code STORE_GROUP_ID}, default {@code oxidation-store}
 */
public record StoreConfig(String bootstrapServers, String topicPrefix, String jdbcUrl, String jdbcUser,
        String jdbcPassword, int httpPort, String groupId) {

    /** The one-machine default database: an H2 file in PostgreSQL mode. */
    public static final String DEFAULT_JDBC_URL =
            "jdbc:h2:file:./.oxidation/store;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public StoreConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(groupId, "groupId");
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        jdbcPassword = jdbcPassword == null ? "" : jdbcPassword;
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("STORE_HTTP_PORT must be a port between 0 and 65535, was " + httpPort);
        }
        if (groupId.isBlank()) {
            throw new IllegalArgumentException("STORE_GROUP_ID must not be blank");
        }
    }

    /** The configuration from environment variables, with the one-machine defaults. */
    public static StoreConfig fromEnv(Map<String, String> env) {
        String url = value(env, "STORE_JDBC_URL", DEFAULT_JDBC_URL);
        String port = value(env, "STORE_HTTP_PORT", "8080");
        int httpPort;
        try {
            httpPort = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("STORE_HTTP_PORT must be a port number, was '" + port + "'");
        }
        return new StoreConfig(value(env, "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
                value(env, "OXIDATION_TOPIC_PREFIX", ""), url,
                value(env, "STORE_JDBC_USER", url.startsWith("jdbc:h2:") ? "sa" : null),
                value(env, "STORE_JDBC_PASSWORD", ""), httpPort, value(env, "STORE_GROUP_ID", "oxidation-store"));
    }

    private static String value(Map<String, String> env, String name, String otherwise) {
        String value = env.get(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    @Override
    public String toString() {
        return "StoreConfig[bootstrapServers=" + bootstrapServers + ", topicPrefix=" + topicPrefix + ", jdbcUrl="
                + jdbcUrl + ", jdbcUser=" + jdbcUser + ", httpPort=" + httpPort + ", groupId=" + groupId + "]";
    }
}
