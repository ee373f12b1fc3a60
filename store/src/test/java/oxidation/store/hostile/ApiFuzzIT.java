package oxidation.store.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import oxidation.events.ArticleKind;
import oxidation.events.SourceStatus;
import oxidation.events.TaggedArticle;
import oxidation.store.Fixtures;
import oxidation.store.TestDatabases;
import oxidation.store.db.Database;
import oxidation.store.http.ApiServer;
import oxidation.store.http.ApiServices;
import oxidation.store.sink.Seeder;
import oxidation.store.trend.SurgeRule;
import oxidation.store.trend.TrendDetector;
import org.junit.jupiter.api.Test;

/**
 * 10,000 generated requests against the real API server on a seeded H2 store: none answers 5xx, none takes
 * longer than the bound, no body carries a stack trace, an exception's class name or the store's SQL, and
 * no HTML or text body reflects an injected script. A failure names the seed and the request.
 */
class ApiFuzzIT {

    private static final long SEED = Long.getLong("oxidation.fuzz.seed", 20_250_401L);
    private static final int REQUESTS = Integer.getInteger("oxidation.fuzz.requests", 10_000);
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final Instant NOW = Instant.parse("2024-04-01T12:00:00Z");
    /** What must never reach a client: the insides of the JVM, the web server and the database. */
    private static final Pattern LEAKS = Pattern.compile("(?i)exception|\\tat |\\bat (java|org|io|oxidation|jdk)\\."
            + "|caused by|org\\.h2|org\\.postgresql|org\\.eclipse|io\\.javalin|jdbc|sqlstate|sql statement"
            + "|syntax error|\\bFROM (article|tool_day|day_total|source_status|tool_release|trend_event)"
            + "|article_tag|pub_day|tool_day|day_total|\\.java:\\d+");

    @Test
    void tenThousandGeneratedRequestsGetNo5xxNoLeaksAndAnswerWithinTheBound() throws Exception {
        Database db = TestDatabases.h2InMemory();
        String articleId = seed(db);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Duration slowest = Duration.ZERO;
        try (ApiServer server = ApiServer.start(0, new ApiServices(db, Fixtures.catalog(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> true, Clock.fixed(NOW, ZoneOffset.UTC)))) {
            FuzzRequests requests = new FuzzRequests(SEED, articleId);
            for (int i = 0; i < REQUESTS && problems.size() < 20; i++) {
                FuzzRequests.Request request = requests.next();
                RawHttp.Response response;
                try {
                    response = RawHttp.send(server.port(), request, BOUND);
                } catch (java.io.IOException e) {
                    problems.add("#" + i + " " + describe(request) + " -> no answer within " + BOUND + ": " + e);
                    continue;
                }
                statuses.merge(response.status(), 1, Integer::sum);
                slowest = response.took().compareTo(slowest) > 0 ? response.took() : slowest;
                String problem = problem(request, response);
                if (problem != null) {
                    problems.add("#" + i + " " + describe(request) + " -> " + problem);
                }
            }
            assertThat(problems).as("problems with seed " + SEED + " (statuses " + statuses + ")").isEmpty();
            assertThat(get(server.port(), "/api/tools").status()).as("the server still answers").isEqualTo(200);
        } finally {
            db.close();
        }
        System.out.printf("API fuzz, seed %d: %d requests, statuses %s, slowest %d ms%n", SEED, REQUESTS, statuses,
                slowest.toMillis());
        assertThat(statuses.keySet()).as("the generator reaches good and bad answers").contains(200, 400, 404);
    }

    private static String problem(FuzzRequests.Request request, RawHttp.Response response) {
        if (response.status() == 0 && !request.target().startsWith("http:")) {
            return "closed without an answer: " + cut(response.head());
        }
        if (response.status() >= 500) {
            return "status " + response.status() + ": " + cut(response.body());
        }
        if (response.took().compareTo(BOUND) > 0) {
            return "took " + response.took().toMillis() + " ms";
        }
        var leak = LEAKS.matcher(response.head() + "\n" + response.body());
        if (leak.find() && !isStaticFile(request)) {
            return "leaks '" + leak.group() + "': " + cut(response.body());
        }
        String type = response.head().toLowerCase(Locale.ROOT);
        if (!type.contains("content-type: application/json") && response.body().contains(FuzzRequests.MARKER)
                && !response.body().contains("&lt;script")) {
            return "reflects a script outside JSON: " + cut(response.body());
        }
        return null;
    }

    private static boolean isStaticFile(FuzzRequests.Request request) {
        return request.target().startsWith("/js/") || request.target().startsWith("/webjars/");
    }

    private static RawHttp.Response get(int port, String path) throws Exception {
        return RawHttp.send(port, new FuzzRequests.Request("GET", path, List.of()), BOUND);
    }

    private static String describe(FuzzRequests.Request request) {
        return request.method() + " " + cut(request.target()) + " " + request.headers();
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
    }

    /** A few weeks of articles on every tool, a release, an article with an injected title, a failing source. */
    private static String seed(Database db) throws Exception {
        Seeder seeder = new Seeder(db, new TrendDetector(Fixtures.catalog(), SurgeRule.DEFAULT));
        List<TaggedArticle> articles = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        String[] tools = {"uv", "ruff", "polars", "pip", "black", "pandas"};
        for (int i = 0; i < 300; i++) {
            articles.add(Fixtures.post("https://blog.example/fuzz-" + i, "blog-" + (i % 7),
                    start.plus(Duration.ofHours(7L * i)), "test-1", tools[i % 6], tools[(i * 5) % 6]));
        }
        articles.add(Fixtures.release("uv", "0.1.0", start.plus(Duration.ofDays(20)), "test-1"));
        articles.add(Fixtures.tagged(Fixtures.raw("https://blog.example/xss", "blog-a", start.plusSeconds(5),
                ArticleKind.POST, "<script>" + FuzzRequests.MARKER + "</script>", null), "test-1", "polars"));
        seeder.write(articles, NOW);
        seeder.statuses(List.of(new SourceStatus(1, "blog-3", "https://blog.example/feed", false, NOW, NOW, NOW,
                "HTTP 503", 1, null, 10, null, null, null)), NOW);
        return articles.get(0).id();
    }
}
