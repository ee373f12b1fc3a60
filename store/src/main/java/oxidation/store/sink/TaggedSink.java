package oxidation.store.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import oxidation.events.DeadLetter;
import oxidation.events.JsonCodec;
import oxidation.events.Topic;
import oxidation.events.Topics;
import oxidation.store.db.Database;
import oxidation.store.trend.EventPublisher;
import oxidation.store.trend.TrendDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code articles.tagged} and {@code sources.status} into the database. Each poll is one
 * transaction holding the rows, the trend events they cause and the consumer positions; on assignment
 * the consumer seeks to the positions stored in the database, so nothing is lost or counted twice.
 * Records that cannot be read go to the dead letters of their topic ({@code articles.tagged.dlq},
 * {@code sources.status.dlq}). One thread owns the consumer and writes the batches; a second one decodes
 * the next poll's records meanwhile. {@link #close()} wakes it and waits for it.
 */
public final class TaggedSink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaggedSink.class);
    private static final Duration PUBLISH_INTERVAL = Duration.ofSeconds(1);

    private final SinkSettings settings;
    private final BatchWriter writer;
    private final EventPublisher publisher;
    private final Producer<String, byte[]> producer;
    private final Topic<String, DeadLetter> deadLetters;
    private final String statusTopic;
    private final Topic<String, DeadLetter> statusDeadLetters;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Positions positions;
    private final Clock clock;
    private final Counter records;
    private final Counter articles;
    private final Counter dead;
    private final Timer batches;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean polling;
    private long lastPublish = System.nanoTime();

    public TaggedSink(SinkSettings settings, Database db, TrendDetector detector, Producer<String, byte[]> producer,
            MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.producer = producer;
        this.clock = clock;
        this.deadLetters = Topics.ARTICLES_TAGGED_DLQ.withPrefix(settings.topicPrefix());
        this.statusTopic = Topics.SOURCES_STATUS.withPrefix(settings.topicPrefix()).name();
        this.statusDeadLetters = Topics.SOURCES_STATUS_DLQ.withPrefix(settings.topicPrefix());
        this.publisher = new EventPublisher(db, detector.events(), producer,
                Topics.TREND_EVENTS.withPrefix(settings.topicPrefix()));
        this.consumer = new KafkaConsumer<>(consumerProperties(settings), new StringDeserializer(),
                new ByteArrayDeserializer());
        OffsetStore offsets = new OffsetStore(settings.groupId());
        this.positions = new Positions(consumer, db, offsets);
        this.writer = new BatchWriter(db, detector, offsets, clock, SinkPhases.in(meters));
        this.records = meters.counter("oxidation.store.records");
        this.articles = meters.counter("oxidation.store.articles");
        this.dead = meters.counter("oxidation.store.dead.letters");
        this.batches = meters.timer("oxidation.store.batches");
        this.thread = new Thread(this::run, "store-sink");
    }

    private static Properties consumerProperties(SinkSettings settings) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // every batch pays the same trend queries and commit however small it is: a backlog is taken a few thousand
        // articles at a time; a tagged article carries its full text (a few KB), so a partition's fetch of the
        // default 1 MiB held only a few hundred of them
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // a store killed hard holds its partitions until its session ends: 10 s, not 45
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "oxidation-store-" + settings.groupId());
        return p;
    }

    /** Starts consuming on the sink's own thread. */
    public void start() {
        thread.start();
    }

    /** Whether the sink's consumer loop runs. */
    public boolean running() {
        return polling && thread.isAlive();
    }

    private void run() {
        String tagged = Topics.ARTICLES_TAGGED.withPrefix(settings.topicPrefix()).name();
        String status = Topics.SOURCES_STATUS.withPrefix(settings.topicPrefix()).name();
        consumer.subscribe(List.of(tagged, status), positions);
        LOG.info("store sink consuming {} and {} as group {}", tagged, status, settings.groupId());
        polling = true;
        ExecutorService decoder = Executors.newSingleThreadExecutor(r -> new Thread(r, "store-sink-decode"));
        Future<Batch> decoding = null;
        try {
            while (!closed) {
                long generation = positions.generation();
                // with a batch waiting, take only what is already fetched: the batch is not held back for a poll
                ConsumerRecords<String, byte[]> records = consumer.poll(decoding == null ? settings.pollTimeout()
                        : Duration.ZERO);
                Future<Batch> previous = decoding;
                decoding = records.isEmpty() ? null : decoder.submit(() -> decode(records, tagged));
                try {
                    if (previous != null && positions.generation() != generation) {
                        // the poll moved partitions: read again from the stored positions
                        decoding = discard(decoding);
                        positions.rewind();
                    } else if (previous != null) {
                        handle(previous.get());
                    }
                    publishWhenDue(records.isEmpty() && previous == null);
                } catch (SQLException | RuntimeException | ExecutionException e) {
                    LOG.warn("store sink batch failed, retrying from the stored positions: {}", e.toString());
                    decoding = discard(decoding);
                    positions.rewind();
                    pause();
                }
            }
        } catch (WakeupException e) {
            if (!closed) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("store sink stopped", e);
            throw e;
        } finally {
            polling = false;
            decoder.shutdownNow();
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    /** Reads one poll's records: runs on the decoding thread while the batch before them is written. */
    private Batch decode(ConsumerRecords<String, byte[]> records, String tagged) {
        Batch batch = new Batch(tagged, records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            batch.add(record, clock.instant());
        }
        return batch;
    }

    private static Future<Batch> discard(Future<Batch> decoding) {
        if (decoding != null) {
            decoding.cancel(true);
        }
        return null;
    }

    private void handle(Batch batch) throws SQLException {
        Timer.Sample sample = Timer.start();
        List<DeadLetter> letters = new ArrayList<>();
        writer.write(batch, positions.committed(), sent -> {
            sendDeadLetters(sent);
            letters.addAll(sent);
        });
        positions.advance(batch.next);
        this.records.increment(batch.polled);
        articles.increment(batch.latest.size());
        dead.increment(letters.size());
        sample.stop(batches);
        LOG.debug("stored a batch of {} records ({} articles, {} statuses, {} dead letters)", batch.polled,
                batch.latest.size(), batch.statuses.size(), letters.size());
    }

    /**
     * Publishes the stored events when the topics are drained or a second has passed since the last time: under
     * a backlog, a send, flush and mark after every batch would cost each batch a broker round trip.
     */
    private void publishWhenDue(boolean idle) throws SQLException, InterruptedException {
        long now = System.nanoTime();
        if (idle || now - lastPublish >= PUBLISH_INTERVAL.toNanos()) {
            publisher.publishPending();
            lastPublish = now;
        }
    }

    private void sendDeadLetters(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (DeadLetter letter : letters) {
            LOG.warn("dead letter from {}@{}: {}", letter.topic(), letter.offset(), letter.reason());
            String topic = letter.topic().equals(statusTopic) ? statusDeadLetters.name() : deadLetters.name();
            acks.add(producer.send(new ProducerRecord<>(topic, letter.key(), JsonCodec.encode(letter))));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not write a dead letter", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing dead letters", e);
            }
        }
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(1000);
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where the consumer stands: seeks to the stored positions on assignment and after a failed batch. */
    private static final class Positions implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Database db;
        private final OffsetStore offsets;
        private final Map<TopicPartition, Long> committed = new HashMap<>();
        private long generation;

        Positions(KafkaConsumer<String, byte[]> consumer, Database db, OffsetStore offsets) {
            this.consumer = consumer;
            this.db = db;
            this.offsets = offsets;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            generation++;
            try {
                Map<TopicPartition, Long> stored = db.read(c -> offsets.load(c, partitions));
                committed.putAll(stored);
                for (TopicPartition p : partitions) {
                    seek(p, stored.get(p));
                }
                LOG.info("store sink assigned {}, positions from the database {}", partitions, stored);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the stored consumer positions: " + e.getMessage(), e);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            generation++;
            partitions.forEach(committed::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        /** Moves whenever partitions are assigned or taken away. */
        long generation() {
            return generation;
        }

        Map<TopicPartition, Long> committed() {
            return Map.copyOf(committed);
        }

        void advance(Map<TopicPartition, Long> next) {
            committed.putAll(next);
        }

        void rewind() {
            committed.clear();
            onPartitionsAssigned(consumer.assignment());
        }

        private void seek(TopicPartition p, Long offset) {
            if (offset == null) {
                consumer.seekToBeginning(List.of(p));
            } else {
                consumer.seek(p, offset);
            }
        }
    }
}
