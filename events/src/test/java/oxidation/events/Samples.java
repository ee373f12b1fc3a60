package oxidation.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One realistic value of every message type. */
final class Samples {

    static final Instant T = Instant.parse("2024-02-15T17:04:00Z");

    private Samples() {
    }

    static Source source() {
        return new Source(Source.SCHEMA, "uv-releases", "https://github.com/astral-sh/uv/releases.atom",
                SourceKind.GITHUB_RELEASES, Duration.ofMinutes(30), "uv", true);
    }

    static SourceStatus status() {
        return new SourceStatus(SourceStatus.SCHEMA, "uv-releases", "https://github.com/astral-sh/uv/releases.atom",
                false, T, T.minusSeconds(3600), T, "HTTP 503 Service Unavailable", 2, T.plusSeconds(600), 41,
                "W/\"abc\"", "Thu, 15 Feb 2024 17:04:00 GMT", Map.of("0f2a", "9b1c"));
    }

    static RawArticle raw() {
        String url = "https://github.com/astral-sh/uv/releases/tag/0.1.0";
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), "uv-releases",
                ArticleKind.RELEASE, "uv 0.1.0", "charliermarsh", T, null, T.plusSeconds(60),
                "An extremely fast Python package installer and resolver, written in Rust.", null, "en",
                new Release("uv", "0.1.0", false, false));
    }

    static TaggedArticle tagged() {
        return new TaggedArticle(TaggedArticle.SCHEMA, raw(),
                List.of(new Tag("uv", 3, 0.98, List.of(new Evidence("uv pip install", 10, 12)), "own-release-notes")),
                true, 0.9, "2026.11.1", T.plusSeconds(61));
    }

    static TrendEvent event() {
        return new TrendEvent(TrendEvent.SCHEMA, "uv:first-mention", "uv", TrendEventType.FIRST_MENTION, T,
                "uv is mentioned for the first time", Map.of("count", 1.0), List.of(raw().id()), T.plusSeconds(90));
    }

    static DeadLetter deadLetter() {
        return DeadLetter.of("articles.raw", 0, 42, "k", "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "not JSON", "classify", T);
    }
}
