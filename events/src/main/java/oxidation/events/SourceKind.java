package oxidation.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What a source's URL serves, and so how ingest reads it. */
public enum SourceKind {
    /** An RSS, Atom or JSON Feed. */
    FEED,
    /** A GitHub repository's releases Atom feed. */
    GITHUB_RELEASES,
    /** A PyPI project's release feed and JSON document. */
    PYPI,
    /** A CHANGELOG file in Markdown or reStructuredText. */
    CHANGELOG,
    /** A sitemap or sitemap index, for backfilling a blog's past posts. */
    SITEMAP;

    /** The name used in JSON, configuration and the CLI: {@code github-releases}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of a wire name, case-insensitive. */
    @JsonCreator
    public static SourceKind fromWireName(String name) {
        for (SourceKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(name) || kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + name + "'; kinds are "
                + Arrays.stream(values()).map(SourceKind::wireName).toList());
    }
}
