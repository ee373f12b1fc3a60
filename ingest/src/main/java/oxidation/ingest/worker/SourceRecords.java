package oxidation.ingest.worker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oxidation.events.InvalidMessageException;
import oxidation.events.JsonCodec;
import oxidation.events.Source;
import oxidation.events.SourceStatus;

/**
 * Applies records of the sources topic to the schedule: a source is owned, a disabled one dropped, a
 * tombstone drops it and removes its status; a record that is not a source goes to the dead letters.
 * Used by the consumer thread only.
 */
final class SourceRecords {

    private static final Logger LOG = LoggerFactory.getLogger(SourceRecords.class);
    /** Longer ids and URLs would not fit the status and article records of the source: poison. */
    static final int MAX_ID = 512;
    static final int MAX_URL = 4096;

    private final Schedule schedule;
    private final ArticleSink sink;
    private Map<String, SourceStatus> restored = new HashMap<>();
    private final Set<String> deadLettered = new HashSet<>();
    private final long pollWaitMillis;

    SourceRecords(Schedule schedule, ArticleSink sink, long pollWaitMillis) {
        this.schedule = schedule;
        this.sink = sink;
        this.pollWaitMillis = pollWaitMillis;
    }

    /** The statuses read back from the status topic, for sources not yet in memory. */
    void restore(Map<String, SourceStatus> statuses) {
        this.restored = statuses;
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        String id = record.key();
        if (record.value() == null) {
            if (id != null && (schedule.drop(id, pollWaitMillis) | restored.remove(id) != null)) {
                sink.removeStatus(id);
                LOG.info("source {} removed", id);
            }
            return;
        }
        Source source;
        try {
            source = JsonCodec.decode(record.value(), Source.class);
        } catch (InvalidMessageException e) {
            deadLetter(record, "not a source: " + e.getMessage());
            return;
        }
        if (id == null || !id.equals(source.id())) {
            deadLetter(record, "key '" + cut(id) + "' differs from the source id '" + cut(source.id()) + "'");
        } else if (id.length() > MAX_ID || source.url().length() > MAX_URL) {
            deadLetter(record, "source id longer than " + MAX_ID + " or url longer than " + MAX_URL + " characters");
        } else if (!source.enabled()) {
            if (schedule.drop(id, 0)) {
                LOG.info("source {} disabled", id);
            }
        } else {
            schedule.own(source, new TopicPartition(record.topic(), record.partition()), restored.get(id));
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= 100 ? s : s.substring(0, 100) + "...";
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        if (deadLettered.add(record.partition() + "@" + record.offset())) {
            LOG.warn("sources record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
            sink.deadSource(record.key(), record.value(), record.partition(), record.offset(), record.topic(), reason);
        }
    }
}
