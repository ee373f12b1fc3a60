package oxidation.store.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import oxidation.events.ArticleKind;
import oxidation.events.DeadLetter;
import oxidation.events.JsonCodec;
import oxidation.events.SourceStatus;
import oxidation.events.TaggedArticle;
import oxidation.events.Topic;
import oxidation.events.Topics;
import oxidation.store.Fixtures;
import oxidation.store.StoreApp;
import oxidation.store.StoreConfig;
import oxidation.testkit.KafkaTestClient;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestDatabase;
import oxidation.testkit.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile records on the store's two input topics, each followed by a good one: the bad ones land on the
 * topic's dead letters with a reason naming the problem, every good one is stored and served, and records of
 * a newer schema with fields this version does not know are read.
 */
class HostileTopicRecordsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant PUBLISHED = Instant.parse("2025-04-02T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void deadLettersBadTaggedArticlesAndStoresEveryGoodOneAfterThem() throws Exception {
        TestTopics topics = TestTopics.create();
        Topic<String, TaggedArticle> tagged = topics.of(Topics.ARTICLES_TAGGED);
        Map<String, byte[]> bad = badArticles();
        List<String> good = new ArrayList<>();
        TaggedArticle future = post(9_000, "ruff");
        TaggedArticle huge = withText(post(9_001, "uv"), "uv ".repeat(5 * 1024 * 1024 / 3));

        try (KafkaTestClient client = new KafkaTestClient(); StoreApp store = store(topics)) {
            for (var entry : bad.entrySet()) {
                client.sendRaw(tagged, entry.getKey(), entry.getValue());
                TaggedArticle next = post(good.size(), "polars");
                client.send(tagged, next.id(), next);
                good.add(next.id());
            }
            client.sendRaw(tagged, future.id(), futureSchema(future));
            client.send(tagged, huge.id(), huge);
            store.start();

            List<ConsumerRecord<String, DeadLetter>> dead =
                    client.read(topics.of(Topics.ARTICLES_TAGGED_DLQ), bad.size(), Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String id : good) {
                    assertThat(article(store, id).at("/tags/0/tool").asText()).as(id).isEqualTo("polars");
                }
                assertThat(article(store, future.id()).at("/tags/0/tool").asText()).isEqualTo("ruff");
                assertThat(article(store, huge.id()).at("/title").asText()).isEqualTo(huge.article().title());
            });

            Map<String, DeadLetter> byKey = dead.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
            assertThat(byKey).containsOnlyKeys(bad.keySet());
            Map.of("not-json", "not JSON", "missing-article", "article", "missing-catalog", "catalog",
                    "missing-title", "title", "relevance-out-of-range", "relevance", "json-null", "null",
                    "title-too-long", "title", "huge-garbage", "not JSON")
                    .forEach((key, reason) -> assertThat(byKey.get(key).reason()).as(key).containsIgnoringCase(reason));
            assertThat(byKey.get("huge-garbage").reason()).contains("only its first");
            assertThat(byKey.values()).allSatisfy(letter -> {
                assertThat(letter.service()).isEqualTo("store");
                assertThat(letter.topic()).isEqualTo(tagged.name());
            });
        }
    }

    @Test
    void deadLettersBadSourceStatusesAndKeepsEveryGoodOneAfterThem() throws Exception {
        TestTopics topics = TestTopics.create();
        Topic<String, SourceStatus> statuses = topics.of(Topics.SOURCES_STATUS);
        Map<String, byte[]> bad = badStatuses();
        List<String> good = new ArrayList<>();

        try (KafkaTestClient client = new KafkaTestClient(); StoreApp store = store(topics)) {
            for (var entry : bad.entrySet()) {
                client.sendRaw(statuses, entry.getKey(), entry.getValue());
                SourceStatus next = status("good-" + good.size(), true);
                client.send(statuses, next.sourceId(), next);
                good.add(next.sourceId());
            }
            SourceStatus future = status("future", false);
            client.sendRaw(statuses, future.sourceId(), futureSchema(future));
            store.start();

            List<ConsumerRecord<String, DeadLetter>> dead =
                    client.read(topics.of(Topics.SOURCES_STATUS_DLQ), bad.size(), Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, JsonNode> sources = sources(store);
                assertThat(sources).containsKeys(good.toArray(String[]::new)).containsKey("future");
                assertThat(sources.get("future").get("healthy").asBoolean()).isFalse();
                assertThat(sources.get("future").get("lastError").asText()).isEqualTo("HTTP 503");
            });

            Map<String, DeadLetter> byKey = dead.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
            assertThat(byKey).containsOnlyKeys(bad.keySet());
            Map.of("not-json", "not JSON", "missing-source-id", "sourceId", "negative-counter", "negative",
                    "huge-garbage", "only its first")
                    .forEach((key, reason) -> assertThat(byKey.get(key).reason()).as(key).containsIgnoringCase(reason));
            assertThat(byKey.values()).allSatisfy(letter -> assertThat(letter.topic()).isEqualTo(statuses.name()));
        }
    }

    private StoreApp store(TestTopics topics) {
        TestDatabase.Database db = TestDatabase.h2(dir);
        return StoreApp.create(new StoreConfig(SharedKafka.bootstrapServers(), topics.prefix(), db.jdbcUrl(), db.user(),
                db.password(), 0, "hostile-" + UUID.randomUUID()), Fixtures.catalog());
    }

    private static Map<String, byte[]> badArticles() throws Exception {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("not-json", "{not json".getBytes(StandardCharsets.UTF_8));
        bad.put("binary", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80});
        bad.put("empty", new byte[0]);
        bad.put("json-null", "null".getBytes(StandardCharsets.UTF_8));
        bad.put("array", "[{\"schema\": 1}]".getBytes(StandardCharsets.UTF_8));
        ObjectNode missingArticle = tree(post(-1, "uv"));
        missingArticle.remove("article");
        bad.put("missing-article", bytes(missingArticle));
        ObjectNode missingCatalog = tree(post(-2, "uv"));
        missingCatalog.remove("catalog");
        bad.put("missing-catalog", bytes(missingCatalog));
        ObjectNode missingTitle = tree(post(-3, "uv"));
        ((ObjectNode) missingTitle.get("article")).remove("title");
        bad.put("missing-title", bytes(missingTitle));
        bad.put("relevance-out-of-range", bytes(tree(post(-4, "uv")).put("relevance", 7.5)));
        ObjectNode longTitle = tree(post(-5, "uv"));
        ((ObjectNode) longTitle.get("article")).put("title", "T".repeat(100_000));
        bad.put("title-too-long", bytes(longTitle));
        bad.put("deep-nesting", ("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)).getBytes(StandardCharsets.UTF_8));
        bad.put("huge-garbage", "{".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        return bad;
    }

    private static Map<String, byte[]> badStatuses() throws Exception {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("not-json", "<status/>".getBytes(StandardCharsets.UTF_8));
        bad.put("binary", new byte[] {(byte) 0xc3, (byte) 0x28, 0});
        ObjectNode missingId = tree(status("x", true));
        missingId.remove("sourceId");
        bad.put("missing-source-id", bytes(missingId));
        bad.put("negative-counter", bytes(tree(status("y", true)).put("consecutiveFailures", -3)));
        bad.put("huge-garbage", "\"".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        return bad;
    }

    private static TaggedArticle post(int i, String tool) {
        return Fixtures.post("https://hostile.example.org/" + i, "hostile", PUBLISHED.plusSeconds(i), "test-1", tool);
    }

    private static TaggedArticle withText(TaggedArticle a, String text) {
        var r = a.article();
        return new TaggedArticle(a.schema(), new oxidation.events.RawArticle(r.schema(), r.id(), r.url(),
                r.canonicalUrl(), r.sourceId(), ArticleKind.POST, r.title(), r.author(), r.published(), r.updated(),
                r.fetched(), r.summary(), text, r.language(), r.release()), a.tags(), a.rustInPython(), a.relevance(),
                a.catalog(), a.tagged());
    }

    private static SourceStatus status(String id, boolean healthy) {
        Instant at = Instant.now();
        return new SourceStatus(SourceStatus.SCHEMA, id, "https://feeds.example.org/" + id, healthy, at,
                healthy ? at : null, healthy ? null : at, healthy ? null : "HTTP 503", healthy ? 0 : 1,
                at.plusSeconds(600), 3, null, null, Map.of());
    }

    /** The record as a producer of schema 2 would write it: extra fields at the top and inside. */
    private static byte[] futureSchema(Object record) throws Exception {
        ObjectNode json = tree(record);
        json.put("schema", 2);
        json.put("region", "eu-west");
        json.putObject("trace").put("id", "abc").putArray("spans").add(1).add(2);
        if (json.get("article") instanceof ObjectNode article) {
            article.put("readingMinutes", 4).putArray("images").add("https://example.org/i.png");
        }
        return bytes(json);
    }

    private static ObjectNode tree(Object record) throws Exception {
        return (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(record));
    }

    private static byte[] bytes(JsonNode json) throws Exception {
        return JsonCodec.mapper().writeValueAsBytes(json);
    }

    private static JsonNode article(StoreApp store, String id) throws Exception {
        HttpResponse<String> response = get(store, "/api/articles/" + id);
        assertThat(response.statusCode()).as("GET /api/articles/" + id).isEqualTo(200);
        return JsonCodec.mapper().readTree(response.body());
    }

    private static Map<String, JsonNode> sources(StoreApp store) throws Exception {
        JsonNode list = JsonCodec.mapper().readTree(get(store, "/api/sources").body()).get("sources");
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        list.forEach(s -> byId.put(s.get("id").asText(), s));
        return byId;
    }

    private static HttpResponse<String> get(StoreApp store, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + store.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
