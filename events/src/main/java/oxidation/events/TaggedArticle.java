package oxidation.events;

import java.time.Instant;
import java.util.List;

/**
 * An article with the tools it mentions: a value of the {@code articles.tagged} topic, keyed by the
 * article id. Every article is written, tagged or not, so consumers know the totals.
 *
 * @param rustInPython whether the article is about the Rust-in-Python trend, not just a passing mention
 * @param relevance the confidence of {@link #rustInPython()}, in [0, 1]
 * @param catalog the version of the tool catalog that tagged it
 */
public record TaggedArticle(Integer schema, RawArticle article, List<Tag> tags, boolean rustInPython,
        double relevance, String catalog, Instant tagged) {

    public static final int SCHEMA = 1;

    public TaggedArticle {
        schema = Fields.schema(schema);
        Fields.required(article, "article");
        tags = Fields.list(tags);
        Fields.unit(relevance, "relevance");
        Fields.requiredText(catalog, "catalog");
        Fields.required(tagged, "tagged");
    }

    /** The article id, which is also the record key. */
    public String id() {
        return article.id();
    }
}
