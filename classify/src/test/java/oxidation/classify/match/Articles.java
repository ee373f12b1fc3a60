package oxidation.classify.match;

import java.time.Instant;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.RawArticle;
import oxidation.events.Release;

/** Raw articles for tests. */
final class Articles {

    private Articles() {
    }

    static RawArticle post(String url, String title, String text) {
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), "test-source",
                ArticleKind.POST, title, null, Instant.parse("2025-06-01T00:00:00Z"), null,
                Instant.parse("2025-06-02T00:00:00Z"), null, text, "en", null);
    }

    static RawArticle release(String url, String tool, String version, String title, String text) {
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), "test-releases",
                ArticleKind.RELEASE, title, null, Instant.parse("2025-06-01T00:00:00Z"), null,
                Instant.parse("2025-06-02T00:00:00Z"), null, text, "en", new Release(tool, version, false, false));
    }
}
