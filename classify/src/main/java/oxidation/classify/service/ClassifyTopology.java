package oxidation.classify.service;

import java.time.Clock;
import oxidation.classify.catalog.Catalog;
import oxidation.classify.match.Tagger;
import oxidation.events.DeadLetter;
import oxidation.events.TaggedArticle;
import oxidation.events.Topic;
import oxidation.events.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The classify topology: {@code articles.raw} to {@code articles.tagged}, every article out, tagged or not,
 * with the catalog version; records that cannot be read or tagged go to {@code articles.raw.dlq} and the
 * stream goes on. Values are read as bytes and decoded here, so a poison record never stops the stream.
 * Stateless.
 */
public final class ClassifyTopology {

    private ClassifyTopology() {
    }

    /** The topology for a catalog, on topics under a prefix ({@code ""} for none). */
    public static Topology build(Catalog catalog, String topicPrefix) {
        return build(Tagger.of(catalog), topicPrefix, Clock.systemUTC());
    }

    static Topology build(Tagger tagger, String topicPrefix, Clock clock) {
        Topic<String, ?> raw = Topics.ARTICLES_RAW.withPrefix(topicPrefix);
        Topic<String, TaggedArticle> tagged = Topics.ARTICLES_TAGGED.withPrefix(topicPrefix);
        Topic<String, DeadLetter> dlq = Topics.ARTICLES_RAW_DLQ.withPrefix(topicPrefix);
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Outcome> outcomes = builder
                .stream(raw.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw"))
                .processValues(() -> new TagProcessor(tagger, clock), Named.as("tag"));
        outcomes.split(Named.as("outcome-"))
                .branch((key, outcome) -> outcome instanceof Outcome.Tagged, Branched.withConsumer(s -> s
                        .map((key, outcome) -> {
                            Outcome.Tagged article = (Outcome.Tagged) outcome;
                            return KeyValue.pair(article.article().id(), article.json());
                        }, Named.as("key-by-article-id"))
                        .to(tagged.name(), Produced.with(tagged.keySerde(), Serdes.ByteArray())), "tagged"))
                .branch((key, outcome) -> outcome instanceof Outcome.Deleted, Branched.withConsumer(s -> s
                        .mapValues(outcome -> (TaggedArticle) null, Named.as("tombstone"))
                        .to(tagged.name(), Produced.with(tagged.keySerde(), tagged.valueSerde())), "deleted"))
                .defaultBranch(Branched.withConsumer(s -> s
                        .mapValues(outcome -> ((Outcome.Failed) outcome).letter(), Named.as("dead-letter"))
                        .to(dlq.name(), Produced.with(dlq.keySerde(), dlq.valueSerde())), "failed"));
        return builder.build();
    }
}
