package oxidation.store.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import oxidation.events.TaggedArticle;
import oxidation.store.Fixtures;
import oxidation.store.db.Database;
import oxidation.store.http.ApiServer;
import oxidation.store.http.ApiServices;
import oxidation.store.sink.Seeder;
import oxidation.store.trend.SurgeRule;
import oxidation.store.trend.TrendDetector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium, served by the store's real API server on an H2 file database
 * seeded through the sink's writer: the chart's series and points, the drill-down behind a clicked point,
 * hostile titles and snippets shown as text, and a screenshot in {@code target/page.png}.
 */
class PageIT {

    private static final Instant NOW = Instant.parse("2024-04-01T12:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Database db;
    private static ApiServer server;
    private static Browser browser;
    private static PageSeed seed;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        db = Database.open("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        seed = new PageSeed();
        Seeder seeder = new Seeder(db, new TrendDetector(Fixtures.catalog(), SurgeRule.DEFAULT));
        seeder.write(seed.articles(), NOW);
        seeder.statuses(List.of(seed.downSource()), NOW);
        server = ApiServer.start(0, new ApiServices(db, Fixtures.catalog(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> true, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void chartShowsOneSeriesPerChosenToolWithItsWeeklyCountsReleaseMarkersAndCoverageGaps() {
        openChart("/?tool=uv&tool=ruff");

        Map<String, Map<String, Long>> expected = Map.of(
                "uv", seed.weeklyCounts("uv"), "ruff", seed.weeklyCounts("ruff"));
        assertThat(chartCounts()).isEqualTo(expected);
        assertThat(tableCounts()).isEqualTo(expected);
        String releaseWeek = PageSeed.weekOf(seed.uvRelease());
        assertThat(browser.script("""
                const chart = Chart.getChart(document.getElementById('chart'));
                const i = chart.data.datasets.findIndex((d) => d.key === 'uv');
                return chart.data.datasets[i].points.map((p, j) => p.start + ' '
                    + chart.getDatasetMeta(i).data[j].options.pointStyle);""")).asList()
                .contains(releaseWeek + " triangle")
                .filteredOn(p -> !p.toString().startsWith(releaseWeek)).allMatch(p -> p.toString().endsWith("circle"));
        assertThat(row("uv", releaseWeek).findElements(By.tagName("td")).get(4).getDomProperty("textContent"))
                .isEqualTo("uv 0.1.0");
        assertThat(browser.driver().findElements(By.cssSelector("#timeline-table tbody tr")))
                .as("the coverage column flags exactly the week a source was down")
                .allSatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(5).getDomProperty("textContent"))
                        .isEqualTo(seed.downWeek().equals(browser.dataset(row).get("start")) ? "1 source down" : ""));
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void clickingAPointListsExactlyTheArticlesOfThatToolAndWeek() throws Exception {
        openChart("/?tool=uv&tool=ruff");
        String week = PageSeed.weekOf(seed.uvWeekTen().getFirst());

        clickPoint("uv", week);

        List<WebElement> items = listedArticles("uv", week);
        assertThat(items).extracting(i -> i.findElement(By.className("title")).getText())
                .containsExactlyInAnyOrderElementsOf(seed.titles(seed.uvWeekTen()));
        assertThat(items).extracting(i -> i.findElement(By.tagName("a")).getDomAttribute("href"))
                .containsExactlyInAnyOrderElementsOf(seed.uvWeekTen().stream().map(a -> a.article().url()).toList());
        assertThat(browser.driver().findElement(By.id("articles-title")).getText()).startsWith("uv · week 10 of 2024");

        Path shot = browser.screenshot(Path.of("target", "page.png"));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void aBusyPointListsAllItsArticlesPageByPage() {
        openChart("/?tool=black");
        String week = PageSeed.weekOf(seed.tagged("black").getFirst());

        clickPoint("black", week);
        assertThat(listedArticles("black", week)).hasSizeLessThan(PageSeed.BLACK_WEEK_TWELVE);
        WebElement more = browser.driver().findElement(By.id("articles-more"));
        assertThat(more.isDisplayed()).isTrue();
        more.click();

        new WebDriverWait(browser.driver(), WAIT).until(d -> !more.isDisplayed());
        List<String> ids = listedArticles("black", week).stream().map(i -> browser.dataset(i).get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(seed.tagged("black").stream().map(TaggedArticle::id).toList());
    }

    @Test
    void injectedScriptInTitleSummaryAndSnippetShowsAsTextAndRunsNothing() throws Exception {
        openChart("/?tool=polars");
        String week = PageSeed.weekOf(seed.hostile());

        clickPoint("polars", week);
        List<WebElement> items = listedArticles("polars", week);
        WebElement hostile = items.stream()
                .filter(i -> seed.hostile().id().equals(browser.dataset(i).get("id"))).findFirst().orElseThrow();
        hostile.findElement(By.className("why")).click();
        new WebDriverWait(browser.driver(), WAIT).until(d -> !hostile.findElements(By.cssSelector(".snippets q")).isEmpty());

        assertThat(hostile.findElement(By.className("title")).getText()).isEqualTo(PageSeed.SCRIPT_TITLE);
        assertThat(hostile.findElement(By.className("summary")).getText()).isEqualTo(PageSeed.IMG_SUMMARY);
        assertThat(hostile.findElement(By.cssSelector(".snippets q")).getText()).isEqualTo(PageSeed.SNIPPET);
        assertThat(browser.driver().findElements(By.cssSelector("#articles script, #articles img, #articles b")))
                .isEmpty();
        WebElement jsLink = items.stream()
                .filter(i -> seed.javascriptLink().id().equals(browser.dataset(i).get("id"))).findFirst().orElseThrow();
        assertThat(jsLink.findElements(By.tagName("a"))).as("a javascript: URL is not made a link").isEmpty();
        assertThat(jsLink.findElement(By.className("title")).getText()).isEqualTo(seed.javascriptLink().article().title());

        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        browser.screenshot(Path.of("target", "page-injections.png"));
    }

    @Test
    void bucketShareAndCategoryChoicesRedrawTheChartAndStayInTheAddress() {
        openChart("/?tool=uv");

        choose("bucket", "month");
        waitForChart("month", "count");
        assertThat(chartCounts()).isEqualTo(Map.of("uv", Map.of("2024-03-01", (long) seed.tagged("uv").size())));

        choose("normalize", "share");
        waitForChart("month", "share");
        double share = (double) seed.tagged("uv").size() / seed.articles().size();
        assertThat(chartValues().get("uv")).containsExactly(share);

        WebElement packaging = browser.driver().findElement(By.cssSelector("#category-list li[data-key=packaging] input"));
        packaging.click();
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.attributeToBe(By.id("chart"), "data-series",
                "uv packaging"));
        waitForChart("month", "share");
        assertThat(chartValues().get("packaging")).containsExactly(share);
        browser.driver().findElement(By.cssSelector("#tool-list li[data-key=uv] input")).click();
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.attributeToBe(By.id("chart"), "data-series",
                "packaging"));
        waitForChart("month", "share");
        clickPoint("packaging", "2024-03-01");
        assertThat(listedArticles("packaging", "2024-03-01")).extracting(i -> browser.dataset(i).get("id"))
                .containsExactlyInAnyOrderElementsOf(seed.tagged("uv").stream().map(TaggedArticle::id).toList());
        assertThat(browser.driver().getCurrentUrl()).contains("category=packaging", "bucket=month", "normalize=share")
                .doesNotContain("tool=");
        assertThat(browser.driver().findElement(By.id("csv-link")).getDomAttribute("href"))
                .contains("category=packaging", "bucket=month", "format=csv");

        browser.driver().navigate().refresh();
        waitForChart("month", "share");
        assertThat(browser.driver().findElement(By.id("chart")).getDomAttribute("data-series")).isEqualTo("packaging");
    }

    @Test
    void eventsListShowsTheStoresTrendEventsNewestFirstAndOpensTheArticlesBehindOne() throws Exception {
        openChart("/?tool=uv");
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.attributeToBe(By.id("event-list"),
                "data-state", "ready"));

        JsonNode events = JSON.readTree(get("/api/events?limit=50")).get("events");
        List<String> expected = new ArrayList<>();
        events.forEach(e -> expected.add(e.get("tool").asText() + " " + e.get("type").asText()));
        List<String> shown = browser.driver().findElements(By.cssSelector("#event-list li.event")).stream()
                .map(browser::dataset).map(d -> d.get("tool") + " " + d.get("type")).toList();
        assertThat(expected).contains("uv first-mention", "polars first-mention", "uv release");
        assertThat(shown).isEqualTo(expected);

        browser.driver().findElement(By.cssSelector("#event-list li[data-tool=uv][data-type=release] button")).click();
        assertThat(listedArticles("uv", "")).extracting(i -> browser.dataset(i).get("id"))
                .containsExactly(seed.uvRelease().id());
    }

    private void openChart(String path) {
        browser.open("http://127.0.0.1:" + server.port() + path);
        try {
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.attributeToBe(By.id("chart"),
                    "data-state", "ready"));
        } catch (TimeoutException e) {
            throw new AssertionError("the chart of " + path + " did not render; browser console: "
                    + browser.severeConsoleMessages() + "; status: "
                    + browser.driver().findElement(By.id("chart-status")).getText(), e);
        }
    }

    /** Clicks the label of a segmented radio choice, as a person does. */
    private void choose(String group, String value) {
        browser.driver().findElement(By.xpath("//fieldset[@id='" + group + "']//input[@value='" + value + "']/..")).click();
    }

    private void waitForChart(String bucket, String normalize) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> {
            Map<String, String> data = browser.dataset(d.findElement(By.id("chart")));
            return "ready".equals(data.get("state")) && bucket.equals(data.get("bucket"))
                    && normalize.equals(data.get("normalize"));
        });
    }

    /** Clicks the chart where Chart.js drew the series' point of that bucket, with a real mouse click. */
    private void clickPoint(String series, String start) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script("""
                const chart = Chart.getChart(document.getElementById('chart'));
                const i = chart.data.datasets.findIndex((d) => d.key === arguments[0]);
                const j = chart.data.datasets[i].points.findIndex((p) => p.start === arguments[1]);
                const point = chart.getDatasetMeta(i).data[j];
                return [point.x, point.y, chart.width, chart.height];""", series, start);
        WebElement canvas = browser.driver().findElement(By.id("chart"));
        new Actions(browser.driver())
                .moveToElement(canvas, (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2),
                        (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2))
                .click().perform();
    }

    private List<WebElement> listedArticles(String series, String start) {
        new WebDriverWait(browser.driver(), WAIT).withMessage(() -> "the articles of " + series + " " + start
                + "; the panel shows " + browser.dataset(browser.driver().findElement(By.id("articles")))).until(d -> {
            Map<String, String> data = browser.dataset(d.findElement(By.id("articles")));
            return "ready".equals(data.get("state")) && series.equals(data.get("series"))
                    && start.equals(data.get("start"));
        });
        return browser.driver().findElements(By.cssSelector("#article-list li.article"));
    }

    /** Series key to bucket start to count, as Chart.js holds them. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Long>> chartCounts() {
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) browser.script("""
                return Chart.getChart(document.getElementById('chart')).data.datasets
                    .map((d) => ({ key: d.key, points: d.points.map((p) => [p.start, p.count]) }));""");
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Map<String, Object> dataset : datasets) {
            Map<String, Long> points = new TreeMap<>();
            ((List<List<Object>>) dataset.get("points")).forEach(p -> points.put((String) p.get(0), (Long) p.get(1)));
            counts.put((String) dataset.get("key"), points);
        }
        return counts;
    }

    /** Series key to the values Chart.js draws. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Double>> chartValues() {
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) browser.script("""
                return Chart.getChart(document.getElementById('chart')).data.datasets
                    .map((d) => ({ key: d.key, data: d.data.map((v) => v + 0.0) }));""");
        return datasets.stream().collect(Collectors.toMap(d -> (String) d.get("key"),
                d -> ((List<Number>) d.get("data")).stream().map(Number::doubleValue).toList()));
    }

    /** Series key to bucket start to count, as the accessible data table lists them. */
    private Map<String, Map<String, Long>> tableCounts() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#timeline-table tbody tr"))) {
            Map<String, String> data = browser.dataset(row);
            counts.computeIfAbsent(data.get("series"), k -> new TreeMap<>())
                    .put(data.get("start"), Long.parseLong(data.get("count")));
        }
        return counts;
    }

    private WebElement row(String series, String start) {
        return browser.driver().findElement(By.cssSelector(
                "#timeline-table tbody tr[data-series='" + series + "'][data-start='" + start + "']"));
    }

    private static String get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
