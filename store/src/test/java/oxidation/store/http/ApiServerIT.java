package oxidation.store.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import oxidation.events.SourceStatus;
import oxidation.events.TaggedArticle;
import oxidation.store.Fixtures;
import oxidation.store.TestDatabases;
import oxidation.store.db.Database;
import oxidation.store.sink.Seeder;
import oxidation.store.trend.SurgeRule;
import oxidation.store.trend.TrendDetector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over real HTTP on a seeded H2 store: every endpoint against openapi.json, errors, paging. */
class ApiServerIT {

    /** Monday of ISO week 2024-W10. */
    private static final Instant W10 = Instant.parse("2024-03-04T08:00:00Z");
    private static final Instant NOW = Instant.parse("2024-04-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract CONTRACT = new OpenApiContract();
    private static final List<TaggedArticle> UV = new ArrayList<>();

    private static Database db;
    private static ApiServer server;
    private static HttpClient http;
    private static TaggedArticle withPip;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabases.h2InMemory();
        Seeder seeder = new Seeder(db, new TrendDetector(Fixtures.catalog(), SurgeRule.DEFAULT));
        List<TaggedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UV.add(Fixtures.post("https://blog.example/uv-" + i, i % 2 == 0 ? "blog-a" : "blog-b",
                    W10.plus(Duration.ofDays(i < 4 ? 0 : 7)).plusSeconds(i), "v1", "uv"));
        }
        withPip = Fixtures.post("https://blog.example/uv-pip", "blog-c", W10.plus(Duration.ofDays(8)), "v1", "uv",
                "pip");
        UV.add(withPip);
        articles.addAll(UV);
        articles.add(Fixtures.post("https://blog.example/ruff", "blog-a", W10.plusSeconds(60), "v1", "ruff"));
        articles.add(Fixtures.post("https://blog.example/none", "blog-b", W10.plusSeconds(90), "v1"));
        articles.add(Fixtures.release("uv", "0.1.0", W10.plus(Duration.ofDays(9)), "v1"));
        articles.add(Fixtures.tagged(Fixtures.raw("https://blog.example/xss", "blog-a", W10.plusSeconds(5),
                oxidation.events.ArticleKind.POST, "<script>alert(1)</script>", null), "v1", "polars"));
        seeder.write(articles, NOW);
        UV.add(articles.get(articles.size() - 2));
        seeder.statuses(List.of(new SourceStatus(1, "blog-b", "https://blog.example/feed", false,
                W10.plus(Duration.ofDays(8)), W10, W10.plus(Duration.ofDays(8)), "HTTP 503", 1, null, 10, null, null,
                null)), NOW);
        server = ApiServer.start(0, new ApiServices(db, Fixtures.catalog(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> true, Clock.fixed(NOW, ZoneOffset.UTC)));
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + pathAndQuery));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode conforming(String template, String pathAndQuery, int status) throws Exception {
        HttpResponse<String> response = get(pathAndQuery, null);
        assertThat(response.statusCode()).as(pathAndQuery + " answered " + response.body()).isEqualTo(status);
        CONTRACT.assertConforms(template, status, response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void everyEndpointAnswersAsTheContractSays() throws Exception {
        String id = withPip.id();
        conforming("/api/tools", "/api/tools", 200);
        conforming("/api/timeline", "/api/timeline", 200);
        conforming("/api/timeline", "/api/timeline?tool=uv&category=linting&bucket=day&normalize=share", 200);
        conforming("/api/timeline", "/api/timeline?tool=uv&bucket=month&from=2024-01-01&to=2024-06-30", 200);
        conforming("/api/leaderboard", "/api/leaderboard?window=30d&to=2024-03-31", 200);
        conforming("/api/leaderboard", "/api/leaderboard", 200);
        conforming("/api/tools/{id}/comentions", "/api/tools/uv/comentions", 200);
        conforming("/api/tools/{id}/articles", "/api/tools/uv/articles?limit=3", 200);
        conforming("/api/articles/{id}", "/api/articles/" + id, 200);
        conforming("/api/releases", "/api/releases?tool=uv", 200);
        conforming("/api/events", "/api/events?since=2024-01-01", 200);
        conforming("/api/sources", "/api/sources", 200);
        conforming("/health", "/health", 200);
        conforming("/ready", "/ready", 200);
        assertThat(JSON.readTree(get("/openapi.json", null).body())).isEqualTo(CONTRACT.document());
    }

    @Test
    void theWeeklyTimelineCountsArticlesSourcesTotalsReleasesAndCoverage() throws Exception {
        JsonNode timeline = conforming("/api/timeline", "/api/timeline?tool=uv&from=2024-03-04&to=2024-03-17", 200);

        JsonNode points = timeline.at("/series/0/points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("start").asText()).isEqualTo("2024-03-04");
        assertThat(points.get(0).get("count").asInt()).isEqualTo(4);
        assertThat(points.get(0).get("sources").asInt()).isEqualTo(2);
        assertThat(points.get(0).get("total").asInt()).isEqualTo(7);
        assertThat(points.get(0).get("coverageGap").asBoolean()).isFalse();
        assertThat(points.get(1).get("count").asInt()).isEqualTo(5);
        assertThat(points.get(1).get("sources").asInt()).isEqualTo(4);
        assertThat(points.get(1).get("releases").get(0).get("version").asText()).isEqualTo("0.1.0");
        assertThat(points.get(1).get("coverageGap").asBoolean()).isTrue();
        assertThat(points.get(1).get("unhealthySources").asInt()).isEqualTo(1);
    }

    @Test
    void theTimelineComesAsCsvWhenAskedEitherWay() throws Exception {
        HttpResponse<String> byHeader = get("/api/timeline?tool=uv&from=2024-03-04&to=2024-03-17", "text/csv");
        HttpResponse<String> byFormat = get("/api/timeline?tool=uv&from=2024-03-04&to=2024-03-17&format=csv", null);

        assertThat(byHeader.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/csv"));
        assertThat(byHeader.body()).isEqualTo(byFormat.body());
        assertThat(byHeader.body().split("\r\n")).containsExactly(
                "series,kind,start,count,sources,total,share,value,releases,coverage_gap",
                "uv,tool,2024-03-04,4,2,7,0.571429,4,,false",
                "uv,tool,2024-03-11,5,4,5,1,5,uv 0.1.0,true");
    }

    @Test
    void badParametersGet400NamingTheParameter() throws Exception {
        String[][] cases = {
            {"/api/timeline", "/api/timeline?bucket=year", "bucket"},
            {"/api/timeline", "/api/timeline?from=2024-13-01", "from"},
            {"/api/timeline", "/api/timeline?from=2024-05-01&to=2024-04-01", "from"},
            {"/api/timeline", "/api/timeline?normalize=percent", "normalize"},
            {"/api/timeline", "/api/timeline?bucket=day&from=1990-01-01&to=2024-01-01", "bucket"},
            {"/api/leaderboard", "/api/leaderboard?window=1y", "window"},
            {"/api/tools/{id}/articles", "/api/tools/uv/articles?limit=0", "limit"},
            {"/api/tools/{id}/articles", "/api/tools/uv/articles?limit=ten", "limit"},
            {"/api/tools/{id}/articles", "/api/tools/uv/articles?cursor=%25%25", "cursor"},
            {"/api/events", "/api/events?since=yesterday", "since"},
        };
        for (String[] c : cases) {
            JsonNode error = conforming(c[0], c[1], 400);
            assertThat(error.get("parameter").asText()).as(c[1]).isEqualTo(c[2]);
        }
    }

    @Test
    void unknownIdsGet404WithoutLeakingInternals() throws Exception {
        String sneaky = URLEncoder.encode("uv' OR '1'='1", StandardCharsets.UTF_8);
        String[][] cases = {
            {"/api/tools/{id}/articles", "/api/tools/nope/articles", "id"},
            {"/api/tools/{id}/comentions", "/api/tools/" + sneaky + "/comentions", "id"},
            {"/api/articles/{id}", "/api/articles/0123456789abcdef0123456789abcdef", "id"},
            {"/api/timeline", "/api/timeline?tool=" + sneaky, "tool"},
            {"/api/timeline", "/api/timeline?category=spreadsheets", "category"},
            {"/api/releases", "/api/releases?tool=nope", "tool"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = get(c[1], null);
            assertThat(response.statusCode()).as(c[1]).isEqualTo(404);
            CONTRACT.assertConforms(c[0], 404, response.body());
            assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo(c[2]);
            assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void pagingWalksEveryArticleOfAToolExactlyOnceNewestFirst() throws Exception {
        List<String> seen = new ArrayList<>();
        List<String> published = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = conforming("/api/tools/{id}/articles", "/api/tools/uv/articles?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), 200);
            page.get("articles").forEach(a -> {
                seen.add(a.get("id").asText());
                published.add(a.get("published").asText());
            });
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates();
        Set<String> expected = new HashSet<>();
        UV.forEach(a -> expected.add(a.id()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(published.stream().map(Instant::parse).toList()).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void anArticleShowsItsTagsWithEvidenceAndTitlesStayData() throws Exception {
        JsonNode article = conforming("/api/articles/{id}", "/api/articles/" + withPip.id(), 200);

        assertThat(article.get("tags")).extracting(t -> t.get("tool").asText()).containsExactlyInAnyOrder("uv", "pip");
        assertThat(article.at("/tags/0/evidence/0/snippet").asText()).startsWith("we use ");
        JsonNode polars = conforming("/api/tools/{id}/articles", "/api/tools/polars/articles", 200);
        assertThat(polars.at("/articles/0/title").asText()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void comentionsCountTheIncumbentsMentionedAlongside() throws Exception {
        JsonNode comentions = conforming("/api/tools/{id}/comentions", "/api/tools/uv/comentions", 200);

        assertThat(comentions.get("articles").asInt()).isEqualTo(9);
        assertThat(comentions.at("/comentions/0/tool").asText()).isEqualTo("pip");
        assertThat(comentions.at("/comentions/0/incumbent").asBoolean()).isTrue();
        assertThat(comentions.at("/comentions/0/count").asInt()).isEqualTo(1);
    }

    @Test
    void theLeaderboardRanksByTheWindowAndComparesWithTheOneBefore() throws Exception {
        JsonNode board = conforming("/api/leaderboard", "/api/leaderboard?window=7d&to=2024-03-17", 200);

        assertThat(board.get("from").asText()).isEqualTo("2024-03-11");
        assertThat(board.at("/entries/0/tool").asText()).isEqualTo("uv");
        assertThat(board.at("/entries/0/count").asInt()).isEqualTo(5);
        assertThat(board.at("/entries/0/previous").asInt()).isEqualTo(4);
        assertThat(board.at("/entries/0/momentum").asDouble()).isEqualTo(0.25);
        assertThat(board.at("/entries/0/firstSeen").asText()).isEqualTo("2024-03-04");
    }

    @Test
    void metricsAreInPrometheusFormat() throws Exception {
        get("/api/tools", null);
        HttpResponse<String> metrics = get("/metrics", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("oxidation_store_http_requests_seconds_count{route=\"/api/tools\"");
    }
}
