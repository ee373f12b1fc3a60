package oxidation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oxidation.events.SourceStatus;
import oxidation.events.TaggedArticle;
import oxidation.events.Topics;
import oxidation.store.trend.Weeks;
import oxidation.testkit.KafkaTestClient;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestDatabase;
import oxidation.testkit.TestTopics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink on the shared broker and H2: source health per day, the coverage flag, tombstones. */
class SinkIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void keepsSourceHealthPerDayFlagsTheTimelineAndForgetsDeletedArticles() throws Exception {
        LocalDate week = Weeks.start(LocalDate.now(ZoneOffset.UTC)).minusWeeks(1);
        Instant monday = week.atTime(9, 0).toInstant(ZoneOffset.UTC);
        TestTopics topics = TestTopics.create();
        TestDatabase.Database db = TestDatabase.h2(dir);
        StoreConfig config = new StoreConfig(SharedKafka.bootstrapServers(), topics.prefix(), db.jdbcUrl(), db.user(),
                db.password(), 0, "sink-it-" + UUID.randomUUID());
        TaggedArticle first = Fixtures.post("https://a.example/1", "blog-a", monday, "v1", "uv");
        try (KafkaTestClient client = new KafkaTestClient();
                StoreApp store = StoreApp.create(config, Fixtures.catalog()).start()) {
            client.send(topics.of(Topics.ARTICLES_TAGGED), first.id(), first);
            for (TaggedArticle a : new TaggedArticle[] {
                Fixtures.post("https://a.example/2", "blog-a", monday.plusSeconds(60), "v1", "uv"),
                Fixtures.post("https://b.example/3", "blog-b", monday.plusSeconds(120), "v1", "uv")}) {
                client.send(topics.of(Topics.ARTICLES_TAGGED), a.id(), a);
            }
            client.send(topics.of(Topics.SOURCES_STATUS), "blog-b", status(false, monday.plus(Duration.ofDays(1))));
            client.send(topics.of(Topics.SOURCES_STATUS), "blog-b", status(true, monday.plus(Duration.ofDays(2))));

            String timeline = "/api/timeline?tool=uv&from=" + week + "&to=" + week.plusDays(6);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode point = get(store, timeline).at("/series/0/points/0");
                assertThat(point.get("count").asInt()).isEqualTo(3);
                assertThat(point.get("coverageGap").asBoolean()).isTrue();
                assertThat(point.get("unhealthySources").asInt()).isEqualTo(1);
            });
            JsonNode source = get(store, "/api/sources").at("/sources/1");
            assertThat(source.get("id").asText()).isEqualTo("blog-b");
            assertThat(source.get("healthy").asBoolean()).isTrue();
            assertThat(source.get("articles").asInt()).isEqualTo(1);
            assertThat(source.get("days")).extracting(d -> d.get("day").asText() + " " + d.get("healthy").asBoolean())
                    .containsExactly(week.plusDays(1) + " false", week.plusDays(2) + " true");

            client.send(topics.of(Topics.ARTICLES_TAGGED), first.id(), null);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(get(store, timeline).at("/series/0/points/0/count").asInt()).isEqualTo(2));

            Map<String, Double> phases = phaseCounts(text(store, "/metrics"));
            assertThat(phases).containsOnlyKeys("rows", "counters", "events", "commit");
            assertThat(phases.values()).allSatisfy(batches -> assertThat(batches).isGreaterThanOrEqualTo(2));
        }
    }

    /** The batches timed per phase of the sink, as {@code /metrics} shows them. */
    private static Map<String, Double> phaseCounts(String metrics) {
        Matcher m = Pattern.compile("(?m)^oxidation_store_batch_phase_seconds_count\\{phase=\"(\\w+)\",?\\} (\\S+)$")
                .matcher(metrics);
        Map<String, Double> counts = new TreeMap<>();
        while (m.find()) {
            counts.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return counts;
    }

    private static SourceStatus status(boolean healthy, Instant at) {
        return new SourceStatus(SourceStatus.SCHEMA, "blog-b", "https://b.example/feed", healthy, at,
                healthy ? at : null, healthy ? null : at, healthy ? null : "HTTP 503", healthy ? 0 : 1, null, 3, null,
                null, null);
    }

    private static JsonNode get(StoreApp store, String path) throws Exception {
        return JSON.readTree(text(store, path));
    }

    private static String text(StoreApp store, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + store.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }
}
