package oxidation.classify.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import oxidation.classify.service.ClassifyApp;
import oxidation.classify.service.ClassifyConfig;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.DeadLetter;
import oxidation.events.JsonCodec;
import oxidation.events.RawArticle;
import oxidation.events.TaggedArticle;
import oxidation.events.Topic;
import oxidation.events.Topics;
import oxidation.testkit.KafkaTestClient;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile records on {@code articles.raw}, each followed by a good article: the bad ones land on
 * {@code articles.raw.dlq} with a reason naming the problem, every good one is tagged, and an article of a
 * newer schema with fields this version does not know is read and tagged.
 */
class HostileRawRecordsIT {

    @TempDir
    Path stateDir;

    @Test
    void sendsEveryBadRecordToTheDeadLettersWithItsReasonAndTagsEveryGoodOneAfterIt() throws Exception {
        TestTopics topics = TestTopics.create();
        Topic<String, RawArticle> raw = topics.of(Topics.ARTICLES_RAW);
        Map<String, byte[]> bad = badRecords();
        Map<String, String> reasons = expectedReasons();
        RawArticle future = post(10_000, "We replaced flake8 with Ruff: `ruff check .` runs in 40 ms.");
        int goodCount = 0;

        try (KafkaTestClient client = new KafkaTestClient();
                ClassifyApp app = ClassifyApp.create(new ClassifyConfig(SharedKafka.bootstrapServers(), topics.prefix(),
                        "hostile-" + UUID.randomUUID().toString().substring(0, 8), stateDir, false))) {
            for (var entry : bad.entrySet()) {
                client.sendRaw(raw, entry.getKey(), entry.getValue());
                RawArticle good = post(goodCount++, "import polars as pl; we left pandas for Polars.");
                client.send(raw, good.id(), good);
            }
            client.sendRaw(raw, future.id(), futureSchema(future));
            app.start();

            List<ConsumerRecord<String, TaggedArticle>> tagged =
                    client.read(topics.of(Topics.ARTICLES_TAGGED), goodCount + 1, Duration.ofSeconds(90));
            List<ConsumerRecord<String, DeadLetter>> dead =
                    client.read(topics.of(Topics.ARTICLES_RAW_DLQ), bad.size(), Duration.ofSeconds(30));

            assertThat(tagged).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
            assertThat(tagged).filteredOn(r -> !r.key().equals(future.id()))
                    .hasSize(goodCount)
                    .allSatisfy(r -> assertThat(r.value().tags()).extracting(t -> t.tool()).contains("polars"));
            TaggedArticle read = tagged.stream().filter(r -> r.key().equals(future.id())).findFirst()
                    .orElseThrow().value();
            assertThat(read.article().title()).isEqualTo(future.title());
            assertThat(read.tags()).extracting(t -> t.tool()).contains("ruff");

            Map<String, DeadLetter> byKey = dead.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
            assertThat(byKey).containsOnlyKeys(bad.keySet());
            reasons.forEach((key, reason) -> assertThat(byKey.get(key).reason()).as(key).containsIgnoringCase(reason));
            assertThat(byKey.values()).allSatisfy(letter -> {
                assertThat(letter.service()).isEqualTo("classify");
                assertThat(letter.topic()).isEqualTo(raw.name());
                assertThat(letter.offset()).isNotNegative();
            });
            assertThat(byKey.get("huge-article").value()).hasSizeLessThanOrEqualTo(DeadLetter.MAX_KEPT_BYTES);
            assertThat(byKey.get("binary").valueBase64()).isNotNull();
        }
    }

    /** Keyed by what each one is. */
    static Map<String, byte[]> badRecords() throws Exception {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("not-json", "{not json".getBytes(StandardCharsets.UTF_8));
        bad.put("binary", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80});
        bad.put("empty", new byte[0]);
        bad.put("json-null", "null".getBytes(StandardCharsets.UTF_8));
        bad.put("array", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        bad.put("string", "\"an article\"".getBytes(StandardCharsets.UTF_8));
        bad.put("wrong-type", withField("title", JsonCodec.mapper().createObjectNode().put("nested", true)));
        bad.put("missing-title", without("title"));
        bad.put("missing-schema", without("schema"));
        bad.put("bad-kind", withField("kind", JsonCodec.mapper().getNodeFactory().textNode("podcast")));
        bad.put("huge-number", ("{\"schema\": 1" + "0".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
        bad.put("deep-nesting", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        bad.put("huge-garbage", "<".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        RawArticle huge = post(-1, "uv ".repeat(5 * 1024 * 1024 / 3));
        bad.put("huge-article", JsonCodec.encode(huge));
        return bad;
    }

    private static Map<String, String> expectedReasons() {
        return Map.of("not-json", "not JSON", "missing-title", "title", "missing-schema", "schema",
                "bad-kind", "kind", "wrong-type", "title", "json-null", "null",
                "huge-garbage", "larger than", "huge-article", "larger than");
    }

    private static byte[] without(String field) throws Exception {
        ObjectNode json = (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(post(-2, "some text")));
        json.remove(field);
        return JsonCodec.mapper().writeValueAsBytes(json);
    }

    private static byte[] withField(String field, com.fasterxml.jackson.databind.JsonNode value) throws Exception {
        ObjectNode json = (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(post(-3, "some text")));
        json.set(field, value);
        return JsonCodec.mapper().writeValueAsBytes(json);
    }

    /** The article as a producer of schema 2 would write it: more fields, nested ones too. */
    private static byte[] futureSchema(RawArticle article) throws Exception {
        ObjectNode json = (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(article));
        json.put("schema", 2);
        json.put("sentiment", 0.7);
        json.putObject("provenance").put("crawler", "v9").putArray("hops").add("a").add("b");
        json.putArray("images").addObject().put("url", "https://example.org/a.png");
        return JsonCodec.mapper().writeValueAsBytes(json);
    }

    private static RawArticle post(int i, String text) {
        String url = "https://hostile.example.org/post/" + i;
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), "hostile", ArticleKind.POST,
                "Post " + i, null, Instant.parse("2025-03-01T00:00:00Z"), null, Instant.now(), null, text, "en", null);
    }
}
