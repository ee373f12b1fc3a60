package oxidation.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker (KRaft, broker and controller in one) running in this JVM from Apache
 * Kafka's own server classes. Its storage is formatted on first start and reused afterwards, so a
 * broker started again on the same data directory serves the same records.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafka.class);
    private static final String HOST = "127.0.0.1";

    private final LocalKafkaConfig config;
    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private KafkaRaftServer server;

    private LocalKafka(LocalKafkaConfig config, Path dataDir, int port, int controllerPort) {
        this.config = config;
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Starts a broker and returns once it accepts requests.
     *
     * @throws UncheckedIOException when the data directory cannot be prepared
     */
    public static LocalKafka start(LocalKafkaConfig config) {
        Path dataDir = config.dataDir() != null ? config.dataDir() : temporaryDirectory();
        int port = config.port() != 0 ? config.port() : freePort();
        int controllerPort = config.controllerPort() != 0 ? config.controllerPort() : freePort();
        LocalKafka kafka = new LocalKafka(config, dataDir, port, controllerPort);
        kafka.startServer();
        return kafka;
    }

    /** The address clients connect to, {@code host:port}. */
    public String bootstrapServers() {
        return config.advertisedHost() + ":" + port;
    }

    /** The port clients connect to. */
    public int port() {
        return port;
    }

    /** Where the broker keeps its log and metadata. */
    public Path dataDir() {
        return dataDir;
    }

    /** Whether the broker is running. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker cleanly and starts it again on the same ports and data. */
    public synchronized void restart() {
        stopServer();
        startServer();
    }

    /** Stops the broker and, for a temporary data directory, deletes it. */
    @Override
    public synchronized void close() {
        stopServer();
        if (config.dataDir() == null) {
            deleteRecursively(dataDir);
        }
    }

    private synchronized void startServer() {
        long started = System.nanoTime();
        Path logDir = dataDir.resolve("kraft");
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(properties(logDir), false);
        format(logDir);
        KafkaRaftServer raftServer = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        LOG.info("Kafka broker ready on {} in {} ms (data in {})", bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), dataDir);
    }

    private void stopServer() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("Kafka broker on {} stopped", bootstrapServers());
    }

    private Properties properties(Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + config.bindHost() + ":" + port + ",CONTROLLER://" + HOST + ":"
                + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + config.advertisedHost() + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", String.valueOf(config.partitions()));
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("message.max.bytes", String.valueOf(config.maxMessageBytes()));
        return p;
    }

    private void format(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .addDirectory(logDir.toString())
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + e.getMessage()
                    + " " + out.toString(StandardCharsets.UTF_8).strip(), e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("oxidation-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for Kafka", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
