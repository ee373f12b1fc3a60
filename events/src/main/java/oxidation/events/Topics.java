package oxidation.events;

import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline, the one place where topic names are written. A deployment prefix is
 * applied with {@link #withPrefix(String)}.
 */
public final class Topics {

    private static final Serde<String> KEY = Serdes.String();

    /** Feeds to follow, keyed by source id; a null value removes a source. */
    public static final Topic<String, Source> SOURCES =
            new Topic<>("sources", KEY, JsonSerde.of(Source.class), Topic.Cleanup.COMPACT);

    /** Fetch state and health of each source, keyed by source id. */
    public static final Topic<String, SourceStatus> SOURCES_STATUS =
            new Topic<>("sources.status", KEY, JsonSerde.of(SourceStatus.class), Topic.Cleanup.COMPACT);

    /** Fetched articles, keyed by article id. */
    public static final Topic<String, RawArticle> ARTICLES_RAW =
            new Topic<>("articles.raw", KEY, JsonSerde.of(RawArticle.class), Topic.Cleanup.COMPACT);

    /** Every article with its tags, keyed by article id. */
    public static final Topic<String, TaggedArticle> ARTICLES_TAGGED =
            new Topic<>("articles.tagged", KEY, JsonSerde.of(TaggedArticle.class), Topic.Cleanup.COMPACT);

    /** What changed in the timeline, keyed by tool id. */
    public static final Topic<String, TrendEvent> TREND_EVENTS =
            new Topic<>("trend.events", KEY, JsonSerde.of(TrendEvent.class), Topic.Cleanup.DELETE);

    /** Records of {@link #SOURCES} that could not be processed. */
    public static final Topic<String, DeadLetter> SOURCES_DLQ = deadLetters(SOURCES);

    /** Records of {@link #SOURCES_STATUS} that could not be read. */
    public static final Topic<String, DeadLetter> SOURCES_STATUS_DLQ = deadLetters(SOURCES_STATUS);

    /** Entries and records of {@link #ARTICLES_RAW} that could not be processed. */
    public static final Topic<String, DeadLetter> ARTICLES_RAW_DLQ = deadLetters(ARTICLES_RAW);

    /** Records of {@link #ARTICLES_TAGGED} that could not be processed. */
    public static final Topic<String, DeadLetter> ARTICLES_TAGGED_DLQ = deadLetters(ARTICLES_TAGGED);

    /** Every topic, in the order of the data flow. */
    public static final List<Topic<?, ?>> ALL = List.of(SOURCES, SOURCES_STATUS, ARTICLES_RAW, ARTICLES_TAGGED,
            TREND_EVENTS, SOURCES_DLQ, SOURCES_STATUS_DLQ, ARTICLES_RAW_DLQ, ARTICLES_TAGGED_DLQ);

    private Topics() {
    }

    /** The dead-letter topic of a topic: its name with {@code .dlq} appended. */
    public static Topic<String, DeadLetter> deadLetters(Topic<?, ?> topic) {
        return new Topic<>(topic.name() + ".dlq", KEY, JsonSerde.of(DeadLetter.class), Topic.Cleanup.DELETE);
    }

    /** Every topic under a deployment prefix ({@code ""} for none), in the order of {@link #ALL}. */
    public static List<Topic<?, ?>> withPrefix(String prefix) {
        return ALL.stream().<Topic<?, ?>>map(t -> t.withPrefix(prefix)).toList();
    }

    /** The topic of {@link #ALL} with this unprefixed name. */
    public static Topic<?, ?> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such topic: '" + name + "'; topics are "
                        + ALL.stream().map(Topic::name).toList()));
    }
}
