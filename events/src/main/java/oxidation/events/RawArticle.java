package oxidation.events;

import java.time.Instant;

/**
 * A fetched article: a value of the {@code articles.raw} topic, keyed by {@link #id()}, a stable hash
 * of the canonical URL ({@link ArticleId}).
 *
 * @param published when the article was published, or null when the source does not say
 * @param text the main text, plain, or null when only a summary is known
 * @param release what the article announces when its kind is {@link ArticleKind#RELEASE}, else null
 */
public record RawArticle(Integer schema, String id, String url, String canonicalUrl, String sourceId,
        ArticleKind kind, String title, String author, Instant published, Instant updated, Instant fetched,
        String summary, String text, String language, Release release) {

    public static final int SCHEMA = 1;

    public RawArticle {
        schema = Fields.schema(schema);
        Fields.requiredText(id, "id");
        Fields.requiredText(url, "url");
        Fields.requiredText(canonicalUrl, "canonicalUrl");
        Fields.requiredText(sourceId, "sourceId");
        Fields.required(kind, "kind");
        Fields.required(title, "title");
        Fields.required(fetched, "fetched");
        if (kind == ArticleKind.RELEASE && release == null) {
            throw new IllegalArgumentException("a release article needs field 'release'");
        }
    }
}
