package oxidation.ingest.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oxidation.events.SourceStatus;
import oxidation.events.Topics;
import oxidation.ingest.fetch.Fetcher;

/**
 * An ingest worker: a member of the consumer group on the sources topic. Kafka assigns it a share of
 * the sources; it reads them from the start of its partitions, restores their fetch state from the
 * status topic, and polls each on its schedule on a pool of poll threads. When sources move away it
 * finishes their polls in flight first, so their last status is written before another worker reads
 * it. One thread owns the consumer; {@link #close()} wakes it.
 */
public final class IngestWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestWorker.class);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final WorkerConfig config;
    private final String name;
    private final KafkaConsumer<String, byte[]> consumer;
    private final ArticleSink sink;
    private final Poller poller;
    private final StatusReader statusReader;
    private final SourceRecords records;
    private final Schedule schedule = new Schedule();
    private final ExecutorService polls;
    private final Map<TopicPartition, Long> catchingUp = new HashMap<>();
    private final long pollWaitMillis;
    private final Thread thread;
    private volatile boolean running = true;

    public IngestWorker(WorkerConfig config, Fetcher fetcher) {
        this.config = config;
        this.name = "ingest-worker-" + COUNT.incrementAndGet();
        this.consumer = new KafkaConsumer<>(consumerProps(config, name), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.sink = ArticleSink.create(config, "oxidation-" + name + "-" + UUID.randomUUID());
        this.poller = new Poller(fetcher, sink, config, Clock.systemUTC(), RandomGenerator.getDefault());
        this.statusReader = new StatusReader(config.bootstrapServers(), config.topicPrefix(), Duration.ofSeconds(60));
        this.pollWaitMillis = fetcher.config().deadline().multipliedBy(2).plusSeconds(30).toMillis();
        this.records = new SourceRecords(schedule, sink, pollWaitMillis);
        this.polls = Executors.newFixedThreadPool(config.pollThreads(), r -> new Thread(r, name + "-poll"));
        this.thread = new Thread(this::run, name);
    }

    /** Joins the group and starts polling. */
    public void start() {
        thread.start();
    }

    /** The ids of the sources this worker owns right now. */
    public Set<String> ownedSources() {
        return schedule.ownedIds();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.SOURCES.withPrefix(config.topicPrefix()).name()), new Rebalance());
            LOG.info("{} joined group {}", name, config.groupId());
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.apply(record);
                }
                catchingUp.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
                dispatchDue();
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("{} was woken up while running", name, e);
            }
        } catch (KafkaException e) {
            LOG.error("{} stopped: {}", name, e.getMessage(), e);
        } finally {
            schedule.awaitAll(pollWaitMillis);
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(30)));
            } catch (RuntimeException e) {
                LOG.warn("{} could not close its consumer cleanly", name, e);
            }
            LOG.info("{} left group {}", name, config.groupId());
        }
    }

    private void dispatchDue() {
        Instant now = Instant.now();
        for (Schedule.Owned due : schedule.due(now, catchingUp.keySet())) {
            String id = due.source().id();
            SourceStatus status = schedule.status(id);
            CompletableFuture<Void> done = schedule.started(id);
            polls.execute(() -> {
                try {
                    schedule.record(poller.poll(due.source(), status, () -> !running || schedule.isLeaving(id)));
                } catch (RuntimeException e) {
                    LOG.warn("poll of source {} could not be recorded, retrying later: {}", id, e.toString());
                    schedule.record(Statuses.dueAt(status, Instant.now().plus(config.backoff().base())));
                } finally {
                    schedule.finished(id, done);
                }
            });
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            schedule.dropPartitions(partitions, pollWaitMillis);
            partitions.forEach(catchingUp::remove);
            if (!partitions.isEmpty()) {
                LOG.info("{} gave up partitions {}", name, partitions);
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            consumer.seekToBeginning(partitions);
            catchingUp.putAll(consumer.endOffsets(partitions));
            records.restore(statusReader.readAll());
            LOG.info("{} took partitions {}", name, partitions);
        }
    }

    private static Map<String, Object> consumerProps(WorkerConfig config, String clientId) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, config.groupId(),
                ConsumerConfig.CLIENT_ID_CONFIG, "oxidation-" + clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName(),
                // a worker killed hard leaves its sources unfetched until its session ends: 10 s, not 45
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000,
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
    }

    /** Stops polling, finishes the polls in flight, leaves the group. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(pollWaitMillis + 35_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        polls.shutdown();
        try {
            if (!polls.awaitTermination(5, TimeUnit.SECONDS)) {
                polls.shutdownNow();
            }
        } catch (InterruptedException e) {
            polls.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.warn("{} could not close its producer cleanly", name, e);
        }
    }
}
