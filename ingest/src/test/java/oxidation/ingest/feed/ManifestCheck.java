package oxidation.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import oxidation.ingest.extract.PlainText;

/**
 * One {@code checks} clause of the fixtures' manifest (feedparser's result model) verified against our
 * normalised feed. Our titles, summaries and contents are plain text, so an expected HTML value is
 * compared as the text it renders to. Clauses about things this layer does not model (bozo, media
 * credits, enclosures, the iTunes block) are not verifiable here.
 */
final class ManifestCheck {

    private static final Set<String> PATHS = Set.of("feed.title", "feed.title_detail.value", "entries",
            "entries[0].title", "entries[0].title_detail.value", "entries[0].link", "entries[0].published_parsed",
            "entries[0].published", "feed.updated_parsed", "entries[0].author", "entries[0].author_detail.name",
            "entries[0].description", "entries[0].summary", "entries[0].content[0].value", "encoding");

    private ManifestCheck() {
    }

    static boolean isVerifiable(JsonNode check) {
        return check.path("op").asText().equals("no_crash") || PATHS.contains(check.path("path").asText());
    }

    static void verify(JsonNode check, FeedDocument feed, BodyText body) {
        if (!isVerifiable(check) || check.path("op").asText().equals("no_crash")) {
            return;
        }
        String path = check.path("path").asText();
        JsonNode value = check.path("value");
        if (check.path("op").asText().equals("len_eq")) {
            assertThat(feed.entries()).as(path).hasSize(value.asInt());
            return;
        }
        String expected = check.has("value_utc") ? check.path("value_utc").asText() : value.asText();
        assertThat(actual(path, feed, body)).as(path).isEqualTo(normalise(path, expected));
    }

    private static String normalise(String path, String expected) {
        if (path.equals("encoding")) {
            return expected.toLowerCase();
        }
        if (path.endsWith("published")) {
            return Instant.from(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(expected)).toString();
        }
        if (path.contains("parsed") || path.endsWith("link") || path.endsWith(".name") || path.endsWith("author")) {
            return expected;
        }
        return PlainText.fromHtml(expected);
    }

    private static String actual(String path, FeedDocument feed, BodyText body) {
        FeedEntry first = feed.entries().isEmpty() ? null : feed.entries().get(0);
        return switch (path) {
            case "encoding" -> body.charset().name().toLowerCase();
            case "feed.title", "feed.title_detail.value" -> feed.title();
            case "feed.updated_parsed" -> String.valueOf(feed.updated());
            case "entries[0].title", "entries[0].title_detail.value" -> first.title();
            case "entries[0].link" -> first.link();
            case "entries[0].published_parsed", "entries[0].published" -> String.valueOf(first.published());
            case "entries[0].author", "entries[0].author_detail.name" -> first.author();
            case "entries[0].description", "entries[0].summary" -> first.summary();
            case "entries[0].content[0].value" -> first.content();
            default -> throw new IllegalArgumentException("no mapping for " + path);
        };
    }
}
