package oxidation.testkit;

import java.util.Map;

/** What the test environment provides, read from environment variables in one place. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** Whether tests run under CI, where a missing database or browser fails instead of skipping. */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(env().getOrDefault("CI", ""));
    }

    /** Whether the ITs use Testcontainers' Kafka and PostgreSQL instead of the local ones. */
    public static boolean useContainers() {
        return "true".equalsIgnoreCase(env().getOrDefault("OXIDATION_TEST_CONTAINERS", ""));
    }

    static String kafkaImage() {
        return env().getOrDefault("OXIDATION_TEST_KAFKA_IMAGE", "apache/kafka:4.1.0");
    }

    static String postgresImage() {
        return env().getOrDefault("OXIDATION_TEST_POSTGRES_IMAGE", "postgres:15");
    }

    static String get(String name, String fallback) {
        String value = env().get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Map<String, String> env() {
        return System.getenv();
    }
}
