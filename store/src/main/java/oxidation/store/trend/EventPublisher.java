package oxidation.store.trend;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import oxidation.events.JsonCodec;
import oxidation.events.Topic;
import oxidation.events.TrendEvent;
import oxidation.store.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes stored trend events that are not yet on {@code trend.events}, then marks them published: an
 * outbox. An event is published at least once; a crash between the send and the mark may send it again
 * with the same id, which subscribers can use to drop the repeat. Not thread-safe: the sink's thread calls it.
 */
public final class EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);
    private static final int BATCH = 500;

    private final Database db;
    private final EventStore events;
    private final Producer<String, byte[]> producer;
    private final Topic<String, TrendEvent> topic;

    public EventPublisher(Database db, EventStore events, Producer<String, byte[]> producer,
            Topic<String, TrendEvent> topic) {
        this.db = db;
        this.events = events;
        this.producer = producer;
        this.topic = topic;
    }

    /** Publishes every pending event; returns how many were published. */
    public int publishPending() throws SQLException, InterruptedException {
        int published = 0;
        while (true) {
            List<TrendEvent> pending = db.read(c -> events.pending(c, BATCH));
            if (pending.isEmpty()) {
                return published;
            }
            send(pending);
            db.inTransaction(c -> {
                events.markPublished(c, pending.stream().map(TrendEvent::id).toList());
                return null;
            });
            published += pending.size();
            LOG.info("published {} trend events to {}", pending.size(), topic.name());
        }
    }

    private void send(List<TrendEvent> pending) throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (TrendEvent event : pending) {
            acks.add(producer.send(new ProducerRecord<>(topic.name(), event.tool(), JsonCodec.encode(event))));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not publish a trend event to " + topic.name() + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        }
    }
}
