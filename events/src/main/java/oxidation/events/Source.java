package oxidation.events;

import java.time.Duration;

/**
 * A feed to follow: a value of the {@code sources} topic, keyed by {@link #id()}.
 *
 * @param pollInterval how often to poll, or null for the ingest default
 * @param tool the tool whose release notes this source carries, or null
 */
public record Source(Integer schema, String id, String url, SourceKind kind, Duration pollInterval, String tool,
        boolean enabled) {

    public static final int SCHEMA = 1;

    public Source {
        schema = Fields.schema(schema);
        Fields.requiredText(id, "id");
        Fields.requiredText(url, "url");
        Fields.required(kind, "kind");
        if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
            throw new IllegalArgumentException("field 'pollInterval' must be positive, was " + pollInterval);
        }
    }

    /** An enabled source of the current schema with the default poll interval. */
    public static Source of(String id, String url, SourceKind kind, String tool) {
        return new Source(SCHEMA, id, url, kind, null, tool, true);
    }
}
