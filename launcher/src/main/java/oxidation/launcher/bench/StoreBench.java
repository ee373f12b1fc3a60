package oxidation.launcher.bench;

import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.IntFunction;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import oxidation.classify.bench.BenchResult;
import oxidation.events.JsonCodec;
import oxidation.events.TaggedArticle;
import oxidation.events.Topics;
import oxidation.store.StoreApp;
import oxidation.store.StoreConfig;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Database;
import oxidation.store.query.ArticleQueries;
import oxidation.store.query.Bucket;
import oxidation.store.query.TimelineQuery;
import oxidation.store.query.ToolQueries;
import oxidation.store.sink.SinkPhases;

/**
 * The store: the sink's articles/s from {@code articles.tagged} into the database, next to raw batched JDBC
 * inserts of the same rows (target 70%), and the latency of the timeline, leaderboard and drill-down queries
 * over a large timeline (target p95 at most 20 ms); on H2 and, when configured, on PostgreSQL.
 */
final class StoreBench implements Part {

    private static final double SINK_TARGET = 0.7;
    private static final double P95_LIMIT_MS = 20;

    @Override
    public String name() {
        return "store";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        List<String> engines = context.postgres() == null ? List.of("H2") : List.of("H2", "PostgreSQL");
        if (context.postgres() == null) {
            context.progress("no PostgreSQL configured (--pg-url or OXIDATION_BENCH_PG_URL): H2 only");
        }
        List<TaggedArticle> articles = new Articles(Texts.bundled(5)).tagged(context.size().sinkArticles(), 2000);
        for (String engine : engines) {
            results.addAll(sink(context, engine, articles));
        }
        for (String engine : engines) {
            results.addAll(queries(context, engine));
        }
        return results;
    }

    private static String jdbcUrl(BenchContext context, String engine, String name) throws SQLException {
        if (engine.equals("PostgreSQL")) {
            return context.postgres().freshSchemaUrl();
        }
        return "jdbc:h2:file:" + context.work().resolve(name + "-" + UUID.randomUUID()).resolve("store").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;OPTIMIZE_REUSE_RESULTS=0";
    }

    private static Database open(BenchContext context, String url) {
        return url.startsWith("jdbc:h2:") ? Database.open(url, "sa", "")
                : Database.open(url, context.postgres().user(), context.postgres().password());
    }

    private List<BenchResult> sink(BenchContext context, String engine, List<TaggedArticle> articles)
            throws Exception {
        // Timed cold, the ceiling read half its speed and the sink's ratio twice its own.
        rawInserts(context, engine, "raw-warm-up", articles);
        Rows.Timing raw = rawInserts(context, engine, "raw", articles);
        // The sink is warmed up the same way: a first run into another fresh database, on its own topic.
        sinkRun(context, engine, "sink-warm-up", articles);
        SinkRun sink = sinkRun(context, engine, "sink", articles);
        double rows = seconds(sink.phases().rows());
        double counters = seconds(sink.phases().counters());
        double events = seconds(sink.phases().events());
        double commits = seconds(sink.phases().commit());
        context.progress("sink on %s: %,.0f articles/s; raw batched JDBC %,.0f articles/s (%,.0f for the article and"
                + " tag rows alone)", engine, sink.articlesPerSecond(), raw.articlesPerSecond(),
                raw.withoutCountersPerSecond());
        context.progress("sink on %s, seconds in rows %.2f, counters %.2f, events %.2f, commits %.2f; raw JDBC:"
                + " article and tag rows %.2f, counter rows %.2f", engine, rows, counters, events, commits,
                raw.rowSeconds(), raw.counterSeconds());
        String where = "store " + engine + ": ";
        return List.of(
                BenchResult.atLeast(where + "sink articles/s vs raw batched JDBC of its rows", sink.articlesPerSecond(),
                        "articles/s", raw.articlesPerSecond(), SINK_TARGET),
                BenchResult.compared(where + "the same vs raw JDBC of article and tag rows alone",
                        sink.articlesPerSecond(), "articles/s", raw.withoutCountersPerSecond()),
                // where the sink's time goes, next to the raw inserts' time for the same rows (their commits included)
                BenchResult.compared(where + "sink seconds in rows vs raw JDBC's article and tag rows", rows, "s",
                        raw.rowSeconds()),
                BenchResult.compared(where + "sink seconds in counters vs raw JDBC's counter rows", counters, "s",
                        raw.counterSeconds()),
                BenchResult.info(where + "sink seconds in trend events and positions", events, "s"),
                BenchResult.info(where + "sink seconds in commits", commits, "s"));
    }

    /** A sink run: its articles/s, and the phase timers of its batches. */
    private record SinkRun(double articlesPerSecond, SinkPhases phases) {
    }

    /** The sink's articles/s from a topic holding these articles into a fresh database, with its phase timers. */
    private static SinkRun sinkRun(BenchContext context, String engine, String name, List<TaggedArticle> articles)
            throws Exception {
        String prefix = context.freshTopics(name);
        publish(context.bootstrapServers(), Topics.ARTICLES_TAGGED.withPrefix(prefix).name(), articles);
        StoreConfig config = new StoreConfig(context.bootstrapServers(), prefix, jdbcUrl(context, engine, name),
                engine.equals("H2") ? "sa" : context.postgres().user(),
                engine.equals("H2") ? "" : context.postgres().password(), 0, "bench-" + UUID.randomUUID());
        try (StoreApp store = StoreApp.create(config, ToolCatalog.bundled())) {
            long started = System.nanoTime();
            store.start();
            // the timers are read after the store has closed: a batch's commit is timed after its positions show
            return new SinkRun(drain(store.database(), articles.size(), started), SinkPhases.in(store.meters()));
        }
    }

    private static double seconds(Timer timer) {
        return timer.totalTime(TimeUnit.SECONDS);
    }

    /**
     * Raw batched JDBC inserts of the rows the sink writes for these articles (article, tag and counter rows),
     * into a fresh database.
     */
    private static Rows.Timing rawInserts(BenchContext context, String engine, String name,
            List<TaggedArticle> articles) throws SQLException {
        try (Database db = open(context, jdbcUrl(context, engine, name))) {
            return Rows.insert(db.dataSource(), articles, 500);
        }
    }

    /**
     * Articles per second from the first committed batch to the last (the consumer's start-up left out), or
     * from the start when everything came in one batch (tiny runs).
     */
    private static double drain(Database db, int total, long started) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        long firstAt = 0;
        long firstDone = 0;
        while (System.nanoTime() < deadline) {
            long done = committed(db);
            long now = System.nanoTime();
            if (firstAt == 0 && done > 0) {
                firstAt = now;
                firstDone = done;
            }
            if (done >= total) {
                if (done == firstDone) {
                    return total / ((now - started) / 1e9);
                }
                return (done - firstDone) / ((now - firstAt) / 1e9);
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the sink did not take " + total + " articles within 20 minutes");
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

    /** Publishes the records as the classifier would: lz4, 128 KiB batches, acknowledged by all. */
    static void publish(String bootstrap, String topic, List<?> values) {
        publish(bootstrap, topic, values.size(), values::get);
    }

    /** Publishes {@code count} values made one at a time, so they need not all be held at once. */
    static void publish(String bootstrap, String topic, int count, IntFunction<?> values) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                Object value = values.apply(i);
                String key = value instanceof TaggedArticle t ? t.id()
                        : value instanceof oxidation.events.RawArticle r ? r.id() : null;
                producer.send(new ProducerRecord<>(topic, key, JsonCodec.encode(value)));
            }
            producer.flush();
        }
    }

    private List<BenchResult> queries(BenchContext context, String engine) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        int count = context.size().queryArticles();
        try (Database db = open(context, jdbcUrl(context, engine, "queries"))) {
            long start = System.nanoTime();
            Rows.load(db.dataSource(), new Articles(Texts.bundled(7)), count);
            if (db.engine() == Database.Engine.POSTGRESQL) {
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                }
            }
            context.progress("%s: %,d articles loaded in %.1f s", engine, count, Stats.seconds(start));
            ToolCatalog catalog = ToolCatalog.bundled();
            TimelineQuery timeline = new TimelineQuery(db, catalog);
            ToolQueries tools = new ToolQueries(db, catalog);
            ArticleQueries pages = new ArticleQueries(db);
            LocalDate from = LocalDate.ofInstant(Articles.START, ZoneOffset.UTC);
            LocalDate to = from.plusDays(Articles.DAYS - 1L);
            String scale = count >= 1_000_000 ? String.format(Locale.ROOT, "%dM", count / 1_000_000)
                    : String.format(Locale.ROOT, "%dk", count / 1000);
            String where = "store " + engine + " @" + scale + ": ";
            results.addAll(latency(context, where + "timeline 5y weekly, uv (20%)", () -> timeline.run(
                    new TimelineQuery.Request(List.of("uv"), List.of(), Bucket.WEEK, from, to, false))));
            results.addAll(latency(context, where + "timeline 5y weekly, pixi (1%)", () -> timeline.run(
                    new TimelineQuery.Request(List.of("pixi"), List.of(), Bucket.WEEK, from, to, false))));
            results.addAll(latency(context, where + "leaderboard 30d", () -> tools.leaderboard("30d", 30, to)));
            results.addAll(latency(context, where + "drill-down first 50, uv",
                    () -> pages.page("uv", null, null, 50, null)));
        }
        return results;
    }

    private interface Query {
        Object run() throws Exception;
    }

    private static List<BenchResult> latency(BenchContext context, String name, Query query) throws Exception {
        int runs = context.size() == Size.TINY ? 20 : 100;
        for (int i = 0; i < runs / 5; i++) {
            query.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            if (query.run() == null) {
                throw new IllegalStateException(name + " answered nothing");
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double p50 = Stats.percentile(millis, 50);
        double p95 = Stats.percentile(millis, 95);
        context.progress("%-60s p50 %6.2f ms  p95 %6.2f ms", name, p50, p95);
        return List.of(BenchResult.info(name + " p50", p50, "ms"),
                BenchResult.withLimit(name + " p95", p95, "ms", P95_LIMIT_MS));
    }
}
