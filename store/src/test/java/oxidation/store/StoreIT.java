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
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oxidation.events.ArticleKind;
import oxidation.events.DeadLetter;
import oxidation.events.TaggedArticle;
import oxidation.events.Topics;
import oxidation.events.TrendEvent;
import oxidation.store.catalog.CatalogTool;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.trend.Weeks;
import oxidation.testkit.KafkaTestClient;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestDatabase;
import oxidation.testkit.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store end to end on the shared broker: 10,000 generated tagged articles in, the API's per-tool weekly
 * counts equal the counts computed from the input, a stop and restart mid-stream processes every record
 * exactly once, and a replay with a new catalog version converges to the new tags. Runs on PostgreSQL
 * and on H2.
 */
class StoreIT {

    private static final int ARTICLES = 10_000;
    private static final int WEEKS = 104;
    /** A Monday. */
    private static final LocalDate FIRST_WEEK = LocalDate.of(2023, 1, 2);
    private static final ToolCatalog CATALOG = Fixtures.catalog();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void keepsExactWeeklyCountsThroughARestartAndAReplayWithANewCatalog(String engine) throws Exception {
        TestDatabase.Database db = engine.equals("h2") ? TestDatabase.h2(dir) : TestDatabase.postgres();
        TestTopics topics = TestTopics.create(3);
        StoreConfig config = new StoreConfig(SharedKafka.bootstrapServers(), topics.prefix(), db.jdbcUrl(),
                db.user(), db.password(), 0, "store-it-" + UUID.randomUUID());
        List<TaggedArticle> v1 = generate(new Random(42), "v1");
        List<TaggedArticle> v2 = generate(new Random(7), "v2");

        try (KafkaTestClient client = new KafkaTestClient()) {
            client.sendRaw(topics.of(Topics.ARTICLES_TAGGED), "poison", "not json at all".getBytes());
            client.sendAll(topics.of(Topics.ARTICLES_TAGGED), entries(v1));
            try (StoreApp store = StoreApp.create(config, CATALOG).start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> metric(store, "oxidation_store_records_total") > 2000);
            }
            long first = storedPositions(db);
            try (StoreApp store = StoreApp.create(config, CATALOG).start()) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(apiCounts(store)).isEqualTo(expected(v1)));
                assertThat(first).isGreaterThan(2000).isLessThan(ARTICLES + 1);
                // the batch that completed the counts is in the database before the sink counts its records
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                        .until(() -> first + metric(store, "oxidation_store_records_total") >= ARTICLES + 1);
                long second = metric(store, "oxidation_store_records_total");
                assertThat(first + second).as("records processed before and after the restart")
                        .isEqualTo(ARTICLES + 1);

                client.sendAll(topics.of(Topics.ARTICLES_TAGGED), entries(v2));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(apiCounts(store)).isEqualTo(expected(v2)));
                assertThat(expected(v2)).isNotEqualTo(expected(v1));
            }
            List<ConsumerRecord<String, DeadLetter>> dead = client.read(topics.of(Topics.ARTICLES_TAGGED_DLQ), 1,
                    Duration.ofSeconds(30));
            assertThat(dead.get(0).value().reason()).contains("not JSON");
            assertThat(dead.get(0).value().value()).isEqualTo("not json at all");
            List<ConsumerRecord<String, TrendEvent>> events = client.readAll(topics.of(Topics.TREND_EVENTS),
                    Duration.ofSeconds(2));
            assertThat(events).isNotEmpty();
            assertThat(events.stream().map(r -> r.value().id()).toList()).doesNotHaveDuplicates();
        }
    }

    /** Articles spread over two years of weeks, 20 sources and the catalog's tools, 0 to 3 tags each. */
    private static List<TaggedArticle> generate(Random random, String catalog) {
        List<String> tools = CATALOG.tools().stream().map(CatalogTool::id).toList();
        Instant start = FIRST_WEEK.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<TaggedArticle> articles = new ArrayList<>();
        Random dates = new Random(1);
        for (int i = 0; i < ARTICLES; i++) {
            Instant published = start.plusSeconds(dates.nextLong(WEEKS * 7L * 86_400));
            int source = dates.nextInt(20);
            Set<String> tags = new HashSet<>();
            int n = random.nextInt(4);
            while (tags.size() < n) {
                tags.add(tools.get(Math.min(tools.size() - 1, (int) Math.abs(random.nextGaussian() * 2))));
            }
            articles.add(Fixtures.tagged(Fixtures.raw("https://site" + source + ".example/posts/" + i,
                    "source-" + source, published, ArticleKind.POST, "Post " + i, null), catalog,
                    tags.toArray(String[]::new)));
        }
        return articles;
    }

    private static List<SimpleEntry<String, TaggedArticle>> entries(List<TaggedArticle> articles) {
        return articles.stream().map(a -> new SimpleEntry<>(a.id(), a)).toList();
    }

    /** Articles per tool and ISO week, counted straight from the input. */
    private static Map<String, Map<String, Integer>> expected(List<TaggedArticle> articles) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (TaggedArticle a : articles) {
            String week = Weeks.start(LocalDate.ofInstant(a.article().published(), ZoneOffset.UTC)).toString();
            a.tags().forEach(t -> counts.computeIfAbsent(t.tool(), k -> new TreeMap<>()).merge(week, 1, Integer::sum));
        }
        return counts;
    }

    /** Articles per tool and week as the API's weekly timeline gives them (zero buckets left out). */
    private static Map<String, Map<String, Integer>> apiCounts(StoreApp store) throws Exception {
        StringBuilder query = new StringBuilder("/api/timeline?bucket=week&from=" + FIRST_WEEK + "&to="
                + FIRST_WEEK.plusWeeks(WEEKS).minusDays(1));
        CATALOG.tools().forEach(t -> query.append("&tool=").append(t.id()));
        JsonNode timeline = JSON.readTree(get(store, query.toString()));
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (JsonNode series : timeline.get("series")) {
            for (JsonNode point : series.get("points")) {
                if (point.get("count").asInt() > 0) {
                    counts.computeIfAbsent(series.get("key").asText(), k -> new TreeMap<>())
                            .put(point.get("start").asText(), point.get("count").asInt());
                }
            }
        }
        return counts;
    }

    private static long metric(StoreApp store, String name) throws Exception {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.E+]+)$").matcher(get(store, "/metrics"));
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    /** The sum of the stored next offsets of articles.tagged: how many of its records are committed. */
    private static long storedPositions(TestDatabase.Database db) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                var s = c.prepareStatement("SELECT COALESCE(SUM(next_offset), 0) FROM consumer_offset"
                        + " WHERE topic LIKE ?")) {
            s.setString(1, "%articles.tagged");
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String get(StoreApp store, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + store.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }
}
