package oxidation.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A change in the timeline people want to hear about: a value of the {@code trend.events} topic, keyed
 * by tool id. The id is derived from what happened (tool, type, period), so a replay does not repeat it.
 *
 * @param at the time the event is about (the article's date, the release date, the week's start)
 * @param explanation why: the counts and baseline behind the event
 * @param articles ids of the articles behind the event
 */
public record TrendEvent(Integer schema, String id, String tool, TrendEventType type, Instant at, String summary,
        Map<String, Double> explanation, List<String> articles, Instant emitted) {

    public static final int SCHEMA = 1;

    public TrendEvent {
        schema = Fields.schema(schema);
        Fields.requiredText(id, "id");
        Fields.requiredText(tool, "tool");
        Fields.required(type, "type");
        Fields.required(at, "at");
        Fields.required(summary, "summary");
        explanation = Fields.map(explanation);
        articles = Fields.list(articles);
        Fields.required(emitted, "emitted");
    }
}
