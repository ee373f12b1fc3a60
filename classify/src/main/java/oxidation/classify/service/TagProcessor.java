package oxidation.classify.service;

import java.time.Clock;
import oxidation.classify.match.TagResult;
import oxidation.classify.match.Tagger;
import oxidation.events.DeadLetter;
import oxidation.events.InvalidMessageException;
import oxidation.events.JsonCodec;
import oxidation.events.RawArticle;
import oxidation.events.TaggedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes and tags one raw record; a record that cannot be read or tagged, or is too large to pass on as a
 * tagged article, becomes a dead letter.
 */
final class TagProcessor implements FixedKeyProcessor<String, byte[], Outcome> {

    static final String SERVICE = "classify";
    /** The largest raw value tagged; ingest cuts articles far below it, so a larger one is poison. */
    static final int MAX_VALUE_BYTES = 1024 * 1024;

    private final Tagger tagger;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Outcome> context;

    TagProcessor(Tagger tagger, Clock clock) {
        this.tagger = tagger;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        context.forward(record.withValue(outcome(record.key(), record.value())));
    }

    private Outcome outcome(String key, byte[] value) {
        if (value == null) {
            return new Outcome.Deleted();
        }
        if (value.length > MAX_VALUE_BYTES) {
            return failed(key, value, "value of " + value.length + " bytes is larger than the " + MAX_VALUE_BYTES
                    + " bytes a raw article may take");
        }
        try {
            RawArticle article = JsonCodec.decode(value, RawArticle.class);
            TagResult result = tagger.tag(article);
            TaggedArticle tagged = new TaggedArticle(TaggedArticle.SCHEMA, article, result.tags(),
                    result.rustInPython(), result.relevance(), result.catalog(), clock.instant());
            return new Outcome.Tagged(tagged, TaggedJson.encode(tagged, value));
        } catch (InvalidMessageException e) {
            return failed(key, value, e.getMessage());
        } catch (RuntimeException e) {
            return failed(key, value, "tagging failed: " + e);
        }
    }

    private Outcome failed(String key, byte[] value, String reason) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        String topic = meta == null ? "unknown" : meta.topic();
        int partition = meta == null ? -1 : meta.partition();
        long offset = meta == null ? -1 : meta.offset();
        return new Outcome.Failed(DeadLetter.of(topic, partition, offset, key, value, reason, SERVICE, clock.instant()));
    }
}
