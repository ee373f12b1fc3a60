package oxidation.ingest.worker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import oxidation.events.DeadLetter;
import oxidation.events.RawArticle;
import oxidation.events.SourceStatus;
import oxidation.events.Topic;
import oxidation.events.Topics;

/**
 * Everything ingest writes, through one idempotent producer: articles keyed by article id, dead letters,
 * and source statuses. Every call returns once the broker has acknowledged, so a caller can write a
 * status only after the articles it covers are safe. Thread-safe.
 */
final class ArticleSink implements AutoCloseable {

    static final String SERVICE = "ingest";
    private static final int MAX_TITLE = 2_000;
    private static final int MAX_SUMMARY = 20_000;
    private static final int MAX_TEXT = 200_000;

    private final Producer<String, byte[]> producer;
    private final Topic<String, RawArticle> articles;
    private final Topic<String, SourceStatus> statuses;
    private final Topic<String, DeadLetter> articleDeadLetters;
    private final Topic<String, DeadLetter> sourceDeadLetters;

    ArticleSink(Producer<String, byte[]> producer, String prefix) {
        this.producer = producer;
        this.articles = Topics.ARTICLES_RAW.withPrefix(prefix);
        this.statuses = Topics.SOURCES_STATUS.withPrefix(prefix);
        this.articleDeadLetters = Topics.ARTICLES_RAW_DLQ.withPrefix(prefix);
        this.sourceDeadLetters = Topics.SOURCES_DLQ.withPrefix(prefix);
    }

    static ArticleSink create(WorkerConfig config, String clientId) {
        Producer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000),
                new StringSerializer(), new ByteArraySerializer());
        return new ArticleSink(producer, config.topicPrefix());
    }

    /** The name of the articles topic, for dead letters of entries headed there. */
    String articlesTopic() {
        return articles.name();
    }

    /** Publishes articles and dead letters of rejected entries, and waits until all are acknowledged. */
    void publish(List<RawArticle> published, List<DeadLetter> deadLetters) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (RawArticle article : published) {
            acks.add(send(articles, article.id(), bounded(article)));
        }
        for (DeadLetter letter : deadLetters) {
            acks.add(send(articleDeadLetters, letter.key(), letter));
        }
        await(acks);
    }

    /** Publishes a source's status and waits until it is acknowledged. */
    void status(SourceStatus status) {
        await(List.of(send(statuses, status.sourceId(), status)));
    }

    /** Removes a source's status: a tombstone. */
    void removeStatus(String sourceId) {
        await(List.of(producer.send(new ProducerRecord<>(statuses.name(), sourceId, null))));
    }

    /** Dead-letters a record of the sources topic that is not a source. */
    void deadSource(String key, byte[] value, int partition, long offset, String topic, String reason) {
        await(List.of(send(sourceDeadLetters, key,
                DeadLetter.of(topic, partition, offset, key, value, reason, SERVICE, Instant.now()))));
    }

    private <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value) {
        return producer.send(new ProducerRecord<>(topic.name(), key,
                topic.valueSerde().serializer().serialize(topic.name(), value)));
    }

    private static RawArticle bounded(RawArticle a) {
        if (length(a.title()) <= MAX_TITLE && length(a.summary()) <= MAX_SUMMARY && length(a.text()) <= MAX_TEXT) {
            return a;
        }
        return new RawArticle(a.schema(), a.id(), a.url(), a.canonicalUrl(), a.sourceId(), a.kind(),
                cut(a.title(), MAX_TITLE), a.author(), a.published(), a.updated(), a.fetched(),
                cut(a.summary(), MAX_SUMMARY), cut(a.text(), MAX_TEXT), a.language(), a.release());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private void await(List<Future<RecordMetadata>> acks) {
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while waiting for acknowledgements", e);
        } catch (ExecutionException e) {
            throw new KafkaException("not acknowledged: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
