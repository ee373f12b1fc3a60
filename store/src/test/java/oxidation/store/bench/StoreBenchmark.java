package oxidation.store.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import oxidation.events.ArticleKind;
import oxidation.events.TaggedArticle;
import oxidation.events.Topics;
import oxidation.store.Fixtures;
import oxidation.store.StoreApp;
import oxidation.store.StoreConfig;
import oxidation.store.catalog.CatalogTool;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Database;
import oxidation.store.query.ArticleQueries;
import oxidation.store.query.Bucket;
import oxidation.store.query.TimelineQuery;
import oxidation.store.query.ToolQueries;
import oxidation.store.sink.Seeder;
import oxidation.store.trend.SurgeRule;
import oxidation.store.trend.TrendDetector;
import oxidation.testkit.KafkaTestClient;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestDatabase;
import oxidation.testkit.TestTopics;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's benchmark, on demand only: {@code ./mvnw -pl store -am test -Dtest=StoreBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.sink=50000 -Dbench.articles=1000000]}. Prints and
 * appends to {@code target/benchmark.txt}: the sink's articles/s (through Kafka, and its database work
 * alone) next to raw batched JDBC inserts of the same rows, and p50/p95 of the timeline, leaderboard and
 * drill-down queries over a synthetic timeline of five years.
 */
class StoreBenchmark {

    private static final int SINK_ARTICLES = Integer.getInteger("bench.sink", 50_000);
    private static final int QUERY_ARTICLES = Integer.getInteger("bench.articles", 1_000_000);
    private static final LocalDate START = LocalDate.of(2020, 1, 6);
    private static final int DAYS = 5 * 365;
    private static final ToolCatalog CATALOG = ToolCatalog.of("bench", BulkLoad.TOOLS.stream()
            .map(t -> new CatalogTool(t, t, "c-" + t.charAt(0), List.of("pip", "black", "pandas").contains(t)))
            .toList());

    @TempDir
    Path dir;

    private TestDatabase.Database database(String engine, String name) {
        if (engine.equals("h2")) {
            TestDatabase.Database h2 = TestDatabase.h2(dir.resolve(name));
            return new TestDatabase.Database(h2.jdbcUrl() + ";OPTIMIZE_REUSE_RESULTS=0", h2.user(), h2.password());
        }
        return TestDatabase.postgres();
    }

    @ParameterizedTest(name = "sink on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void sinkAgainstRawBatchedInserts(String engine) throws Exception {
        List<TaggedArticle> articles = generate(SINK_ARTICLES);
        List<TaggedArticle> warmUp = articles.subList(0, Math.min(5000, articles.size()));
        raw(engine, "warm-raw", warmUp);
        direct(engine, "warm-direct", warmUp);
        List<TaggedArticle> live = new ArrayList<>(articles);
        live.sort(java.util.Comparator.comparing(a -> a.article().published()));
        double[] raw = new double[3];
        double[] direct = new double[3];
        double[] liveDirect = new double[3];
        for (int round = 0; round < 3; round++) {
            raw[round] = raw(engine, "raw" + round, articles);
            direct[round] = direct(engine, "direct" + round, articles);
            liveDirect[round] = direct(engine, "live" + round, live);
        }
        Arrays.sort(raw);
        Arrays.sort(direct);
        Arrays.sort(liveDirect);
        report(String.format(Locale.ROOT, "%-10s sink database work, articles in publication order (a live stream,"
                + " median of 3) %,.0f/s: ratio %.2f to raw", engine, liveDirect[1], liveDirect[1] / raw[1]));
        double sink = throughKafka(engine, articles);
        report(String.format(Locale.ROOT, "%-10s sink %,d articles: through Kafka %,.0f/s; its database work alone"
                + " (median of 3) %,.0f/s; raw batched JDBC of the same rows (median of 3) %,.0f/s;"
                + " ratios %.2f (Kafka path) and %.2f (database work), articles in random order over 5 years",
                engine, articles.size(), sink, direct[1], raw[1], sink / raw[1], direct[1] / raw[1]));
        assertThat(sink).isPositive();
    }

    private double raw(String engine, String name, List<TaggedArticle> articles) throws SQLException {
        TestDatabase.Database target = database(engine, name);
        try (Database db = Database.open(target.jdbcUrl(), target.user(), target.password())) {
            return RawInserts.insert(db, articles, 1000);
        }
    }

    /** The sink's database work (articles, counters, trend events) in transactions of 1000, without Kafka. */
    private double direct(String engine, String name, List<TaggedArticle> articles) throws SQLException {
        TestDatabase.Database target = database(engine, name);
        try (Database db = Database.open(target.jdbcUrl(), target.user(), target.password())) {
            Seeder seeder = new Seeder(db, new TrendDetector(CATALOG, SurgeRule.DEFAULT));
            long start = System.nanoTime();
            for (int i = 0; i < articles.size(); i += 1000) {
                seeder.write(articles.subList(i, Math.min(articles.size(), i + 1000)), Instant.now());
            }
            return articles.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private double throughKafka(String engine, List<TaggedArticle> articles) throws Exception {
        TestTopics topics = TestTopics.create(3);
        try (KafkaTestClient client = new KafkaTestClient()) {
            client.sendAll(topics.of(Topics.ARTICLES_TAGGED), articles.stream()
                    .map(a -> new SimpleEntry<>(a.id(), a)).toList());
        }
        TestDatabase.Database db = database(engine, "sink");
        StoreConfig config = new StoreConfig(SharedKafka.bootstrapServers(), topics.prefix(), db.jdbcUrl(), db.user(),
                db.password(), 0, "bench-" + UUID.randomUUID());
        try (StoreApp store = StoreApp.create(config, CATALOG).start()) {
            long[] first = new long[2];
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
                long done = committed(store.database());
                if (first[1] == 0 && done > 0) {
                    first[0] = System.nanoTime();
                    first[1] = done;
                }
                return done >= articles.size();
            });
            return (articles.size() - first[1]) / ((System.nanoTime() - first[0]) / 1e9);
        }
    }

    private static long committed(Database db) throws SQLException {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT COALESCE(SUM(next_offset), 0) FROM consumer_offset");
                    var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @ParameterizedTest(name = "queries on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void queriesOverFiveYears(String engine) throws Exception {
        TestDatabase.Database target = database(engine, "queries");
        try (Database db = Database.open(target.jdbcUrl(), target.user(), target.password())) {
            long start = System.nanoTime();
            BulkLoad.load(db, QUERY_ARTICLES, START, DAYS, 11);
            if (db.engine() == Database.Engine.POSTGRESQL) {
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                }
            }
            report(String.format(Locale.ROOT, "%-10s loaded %,d articles in %.1f s", engine, QUERY_ARTICLES,
                    (System.nanoTime() - start) / 1e9));
            TimelineQuery timeline = new TimelineQuery(db, CATALOG);
            ToolQueries tools = new ToolQueries(db, CATALOG);
            ArticleQueries articles = new ArticleQueries(db);
            LocalDate end = START.plusDays(DAYS - 1L);
            measure(engine, "timeline 5y weekly, uv (20%)", () -> timeline.run(new TimelineQuery.Request(List.of("uv"),
                    List.of(), Bucket.WEEK, START, end, false)));
            measure(engine, "timeline 5y weekly, pixi (2%)", () -> timeline.run(new TimelineQuery.Request(
                    List.of("pixi"), List.of(), Bucket.WEEK, START, end, false)));
            measure(engine, "leaderboard 30d", () -> tools.leaderboard("30d", 30, end));
            measure(engine, "drill-down first page of 50, uv", () -> articles.page("uv", null, null, 50, null));
            var page = articles.page("uv", START.plusDays(900), START.plusDays(1000), 50, null);
            measure(engine, "drill-down next page by cursor, uv", () -> articles.page("uv", START.plusDays(900),
                    START.plusDays(1000), 50, oxidation.store.query.Cursor.parse(page.next())));
        }
    }

    private interface Query {
        Object run() throws Exception;
    }

    private void measure(String engine, String name, Query query) throws Exception {
        for (int i = 0; i < 20; i++) {
            query.run();
        }
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            assertThat(query.run()).isNotNull();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        report(String.format(Locale.ROOT, "%-10s %-36s p50 %6.2f ms  p95 %6.2f ms", engine, name,
                nanos[49] / 1e6, nanos[94] / 1e6));
    }

    private static List<TaggedArticle> generate(int n) {
        Random random = new Random(5);
        List<TaggedArticle> articles = new ArrayList<>();
        Instant start = START.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            int tags = random.nextInt(3);
            List<String> tools = new ArrayList<>();
            for (int t = 0; t < tags; t++) {
                String tool = BulkLoad.pick(random);
                if (!tools.contains(tool)) {
                    tools.add(tool);
                }
            }
            int source = random.nextInt(200);
            articles.add(Fixtures.tagged(Fixtures.raw("https://site" + source + ".example/p/" + i, "source-" + source,
                    start.plusSeconds(random.nextLong(DAYS * 86_400L)), ArticleKind.POST, "Article " + i, null),
                    "bench", tools.toArray(String[]::new)));
        }
        return articles;
    }

    private static void report(String line) throws IOException {
        System.out.println("BENCH " + line);
        Files.writeString(Path.of("target", "benchmark.txt"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
