package oxidation.broker;

import java.nio.file.Path;

/**
 * How to run a {@link LocalKafka}.
 *
 * @param port the client port, or 0 for a free one
 * @param controllerPort the KRaft controller port, or 0 for a free one
 * @param dataDir where to keep data across restarts, or null for a temporary directory deleted on close
 * @param bindHost the interface the client listener binds to
 * @param advertisedHost the host clients are told to connect to
 * @param partitions the default partition count of new topics
 * @param maxMessageBytes the largest record batch the broker accepts
 */
public record LocalKafkaConfig(int port, int controllerPort, Path dataDir, String bindHost, String advertisedHost,
        int partitions, int maxMessageBytes) {

    public LocalKafkaConfig {
        if (port < 0 || port > 65535 || controllerPort < 0 || controllerPort > 65535) {
            throw new IllegalArgumentException("ports must be in 0..65535");
        }
        if (bindHost == null || bindHost.isBlank() || advertisedHost == null || advertisedHost.isBlank()) {
            throw new IllegalArgumentException("bindHost and advertisedHost are required");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        if (maxMessageBytes < 1024) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 1024, was " + maxMessageBytes);
        }
    }

    /** A broker on loopback with free ports and temporary data: what tests use. */
    public static LocalKafkaConfig temporary() {
        return new LocalKafkaConfig(0, 0, null, "127.0.0.1", "127.0.0.1", 1, 8 * 1024 * 1024);
    }

    /** A broker on loopback on the given port (0 for any) with its data kept under {@code dataDir}. */
    public static LocalKafkaConfig persistent(int port, Path dataDir) {
        return new LocalKafkaConfig(port, 0, dataDir, "127.0.0.1", "127.0.0.1", 1, 8 * 1024 * 1024);
    }
}
