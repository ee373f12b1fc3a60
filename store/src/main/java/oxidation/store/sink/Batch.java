package oxidation.store.sink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import oxidation.events.DeadLetter;
import oxidation.events.InvalidMessageException;
import oxidation.events.JsonCodec;
import oxidation.events.SourceStatus;
import oxidation.events.TaggedArticle;

/**
 * One poll's records, decoded: the newest version of each article, the source statuses in order, the
 * records that could not be read (as dead letters, articles and statuses alike), and the next offset of
 * each partition.
 */
final class Batch {

    static final String SERVICE = "store";

    final Map<String, TaggedArticle> latest = new LinkedHashMap<>();
    final List<Map.Entry<String, SourceStatus>> statuses = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    final Map<TopicPartition, Long> next = new HashMap<>();
    final Map<String, ConsumerRecord<String, byte[]>> records = new HashMap<>();

    /** How many records the batch was read from. */
    final int polled;

    private final String taggedTopic;

    Batch(String taggedTopic, int polled) {
        this.taggedTopic = taggedTopic;
        this.polled = polled;
    }

    void add(ConsumerRecord<String, byte[]> record, Instant now) {
        next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        if (record.topic().equals(taggedTopic)) {
            addArticle(record, now);
        } else {
            addStatus(record, now);
        }
    }

    private void addArticle(ConsumerRecord<String, byte[]> record, Instant now) {
        if (record.value() == null) {
            if (record.key() != null) {
                latest.remove(record.key());
                latest.put(record.key(), null);
                records.put(record.key(), record);
            }
            return;
        }
        try {
            TaggedArticle article = JsonCodec.decode(record.value(), TaggedArticle.class);
            String problem = ArticleLimits.problem(article);
            if (problem != null) {
                deadLetters.add(deadLetter(record, problem, now));
                return;
            }
            latest.remove(article.id());
            latest.put(article.id(), article);
            records.put(article.id(), record);
        } catch (InvalidMessageException e) {
            deadLetters.add(deadLetter(record, e.getMessage(), now));
        }
    }

    private void addStatus(ConsumerRecord<String, byte[]> record, Instant now) {
        if (record.value() == null) {
            if (record.key() != null) {
                statuses.add(new java.util.AbstractMap.SimpleEntry<>(record.key(), null));
            }
            return;
        }
        try {
            SourceStatus status = JsonCodec.decode(record.value(), SourceStatus.class);
            if (status.sourceId().length() > ArticleLimits.SOURCE) {
                deadLetters.add(deadLetter(record, "source id longer than " + ArticleLimits.SOURCE + " characters", now));
                return;
            }
            statuses.add(new java.util.AbstractMap.SimpleEntry<>(status.sourceId(), status));
        } catch (InvalidMessageException e) {
            deadLetters.add(deadLetter(record, e.getMessage(), now));
        }
    }

    static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, String reason, Instant now) {
        return DeadLetter.of(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                reason, SERVICE, now);
    }

    boolean hasRows() {
        return !latest.isEmpty() || !statuses.isEmpty();
    }
}
