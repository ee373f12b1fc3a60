package oxidation.classify.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import oxidation.classify.catalog.Catalog;
import oxidation.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-tags the whole history of {@code articles.raw} with a catalog: runs the classify topology under a fresh
 * application id from the earliest offsets until it has passed the end offsets seen at the start, reporting
 * progress, then removes its consumer group. The live service may keep running meanwhile; both write
 * {@code articles.tagged} keyed by article id, so the topic converges to the newest catalog version.
 */
public final class Replay {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
    private static final Duration POLL = Duration.ofMillis(250);

    /** Progress of a replay: records re-tagged so far out of the total; called from the replaying thread. */
    @FunctionalInterface
    public interface Listener {
        void progress(long done, long total);
    }

    /** What a replay did. */
    public record Result(String catalogVersion, long records, Duration took, boolean complete) {
    }

    private Replay() {
    }

    /** Replays with the bundled catalog, waiting up to an hour. */
    public static Result run(ClassifyConfig config, Listener listener) throws InterruptedException {
        return run(config, Catalog.bundled(), listener, Duration.ofHours(1));
    }

    /**
     * Replays with a catalog; returns when every record present at the start has been re-tagged, or when the
     * timeout passes ({@link Result#complete()} false).
     */
    public static Result run(ClassifyConfig config, Catalog catalog, Listener listener, Duration timeout)
            throws InterruptedException {
        long started = System.nanoTime();
        String applicationId = config.applicationId() + "-replay-" + System.currentTimeMillis();
        String topic = Topics.ARTICLES_RAW.withPrefix(config.topicPrefix()).name();
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        Path stateDir = tempStateDir();
        try (Admin admin = Admin.create(adminProps)) {
            Map<TopicPartition, Long> begin = offsets(admin, topic, OffsetSpec.earliest());
            Map<TopicPartition, Long> end = offsets(admin, topic, OffsetSpec.latest());
            long total = end.entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
            LOG.info("replay of {} with catalog {}: {} records", topic, catalog.version(), total);
            listener.progress(0, total);
            boolean complete = total == 0;
            long done = 0;
            if (!complete) {
                ClassifyConfig replayConfig = new ClassifyConfig(config.bootstrapServers(), config.topicPrefix(),
                        applicationId, stateDir, false, config.threads());
                try (KafkaStreams streams = new KafkaStreams(ClassifyTopology.build(catalog, config.topicPrefix()),
                        ClassifyApp.properties(replayConfig, applicationId))) {
                    streams.start();
                    long deadline = System.nanoTime() + timeout.toNanos();
                    while (!complete && System.nanoTime() < deadline && streams.state() != KafkaStreams.State.ERROR) {
                        Thread.sleep(POLL);
                        done = committed(admin, applicationId, begin, end);
                        listener.progress(done, total);
                        complete = done >= total;
                    }
                }
                deleteGroup(admin, applicationId);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("replay {}: {} of {} records in {} ms", complete ? "done" : "stopped", done, total, took.toMillis());
            return new Result(catalog.version(), complete ? total : done, took, complete);
        } finally {
            deleteQuietly(stateDir);
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec)
            throws InterruptedException {
        try {
            List<Integer> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> p.partition()).toList();
            Map<TopicPartition, OffsetSpec> request = partitions.stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> spec));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all().get();
            return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private static long committed(Admin admin, String group, Map<TopicPartition, Long> begin,
            Map<TopicPartition, Long> end) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long done = 0;
            for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
                OffsetAndMetadata committed = offsets.get(e.getKey());
                long at = committed == null ? begin.get(e.getKey()) : Math.min(committed.offset(), e.getValue());
                done += at - begin.get(e.getKey());
            }
            return done;
        } catch (ExecutionException e) {
            LOG.debug("replay progress not readable yet: {}", e.getCause().getMessage());
            return 0;
        }
    }

    private static void deleteGroup(Admin admin, String group) throws InterruptedException {
        try {
            admin.deleteConsumerGroups(List.of(group)).all().get();
        } catch (ExecutionException e) {
            LOG.warn("could not delete the replay consumer group {}: {}", group, e.getCause().getMessage());
        }
    }

    private static Path tempStateDir() {
        try {
            return Files.createTempDirectory("oxidation-classify-replay");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory for the replay", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the replay state directory {}: {}", dir, e.getMessage());
        }
    }
}
