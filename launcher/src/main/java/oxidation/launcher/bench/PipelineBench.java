package oxidation.launcher.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import oxidation.classify.bench.BenchResult;
import oxidation.events.ArticleId;
import oxidation.events.RawArticle;
import oxidation.launcher.up.OneMachine;
import oxidation.launcher.up.OneMachineConfig;

/**
 * The whole pipeline in one JVM ({@link OneMachine}: broker, ingest, classify, store on H2) fed by a local
 * feed server: how long an entry takes from the fetch that first sees it to being served by the API
 * (p50/p95, target p95 at most 2 s), and the sustained articles/s from many feeds into the store next to the
 * Kafka relay ceiling on the same broker.
 */
final class PipelineBench implements Part {

    private static final double LATENCY_P95_LIMIT_S = 2;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        context.stopBroker();
        Size size = context.size();
        Texts texts = Texts.bundled(11);
        Path data = context.work().resolve("pipeline");
        Files.createDirectories(data);
        String jdbcUrl = "jdbc:h2:file:" + data.resolve("store").resolve("timeline").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (FeedServer feeds = FeedServer.start()) {
            StringBuilder yaml = new StringBuilder("sources:\n");
            yaml.append(source("live", feeds.url("live"), "PT0.2S"));
            for (int f = 0; f < size.feeds(); f++) {
                yaml.append(source("bulk-" + f, feeds.url("bulk-" + f), "PT1S"));
            }
            Path sourcesFile = data.resolve("bench-sources.yaml");
            Files.writeString(sourcesFile, yaml, StandardCharsets.UTF_8);
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("STORE_JDBC_URL", jdbcUrl);
            env.put("INGEST_ALLOW_HOSTS", "127.0.0.1");
            env.put("INGEST_POLITE_DELAY", "PT0S");
            env.put("INGEST_FETCH_PAGES", "false");
            env.put("OXIDATION_TOPIC_PREFIX", "");
            long launched = System.nanoTime();
            try (OneMachine machine = OneMachine.start(new OneMachineConfig(data, sourcesFile, 0, 0, false), env);
                    Connection db = DriverManager.getConnection(jdbcUrl, "sa", "")) {
                context.progress("pipeline up in %.1f s", Stats.seconds(launched));
                HttpClient http = HttpClient.newHttpClient();
                List<Double> latencies = latencies(context, feeds, texts, machine.httpPort(), http);
                double sustained = sustained(context, feeds, texts, db);
                double relay = relayCeiling(context, machine.bootstrapServers(), texts);
                double p50 = Stats.percentile(latencies, 50);
                double p95 = Stats.percentile(latencies, 95);
                context.progress("fetch to API p50 %.3f s, p95 %.3f s; sustained %,.0f articles/s; relay %,.0f/s", p50,
                        p95, sustained, relay);
                return List.of(
                        BenchResult.info("end to end: fetch -> visible in the API, p50", p50, "s"),
                        BenchResult.withLimit("end to end: fetch -> visible in the API, p95", p95, "s",
                                LATENCY_P95_LIMIT_S),
                        BenchResult.compared("end to end: sustained articles/s, feeds -> store vs Kafka relay",
                                sustained, "articles/s", relay));
            }
        }
    }

    private static String source(String id, String url, String interval) {
        return "  - id: " + id + "\n    url: " + url + "\n    kind: feed\n    pollInterval: " + interval + "\n";
    }

    /** Entries added one at a time to the live feed: seconds from the fetch that served it to the API having it. */
    private static List<Double> latencies(BenchContext context, FeedServer feeds, Texts texts, int port,
            HttpClient http) throws Exception {
        String base = "http://bench-live.example";
        List<Double> seconds = new ArrayList<>();
        int warmUp = 2;
        for (int i = 0; i < context.size().latencySamples() + warmUp; i++) {
            String link = Documents.link(base, 0, i);
            feeds.add("live", link, Documents.item(texts, base, 0, i));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles/"
                    + ArticleId.of(link))).build();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("entry " + link + " not in the API within " + TIMEOUT);
                }
                Thread.sleep(5);
            }
            long visible = System.nanoTime();
            Long fetched = feeds.firstServed(link);
            if (i >= warmUp) {
                seconds.add((visible - fetched) / 1e9);
            }
        }
        return seconds;
    }

    /** Every bulk feed filled at once: articles per second until the store holds them all. */
    private static double sustained(BenchContext context, FeedServer feeds, Texts texts, Connection db)
            throws Exception {
        Size size = context.size();
        String base = "http://bench-bulk.example";
        int total = size.feeds() * size.entriesPerFeed();
        for (int f = 0; f < size.feeds(); f++) {
            for (int e = 0; e < size.entriesPerFeed(); e++) {
                feeds.add("bulk-" + f, Documents.link(base, f, e), Documents.item(texts, base, f, e));
            }
        }
        long start = System.nanoTime();
        long deadline = start + TIMEOUT.toNanos();
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM article WHERE source LIKE 'bulk-%'")) {
            while (true) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= total) {
                        break;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the store did not hold " + total + " bulk articles within "
                            + TIMEOUT);
                }
                Thread.sleep(20);
            }
        }
        double rate = total / Stats.seconds(start);
        context.progress("%,d articles from %d feeds stored in %.1f s", total, size.feeds(), Stats.seconds(start));
        return rate;
    }

    /** The same number of raw articles through the transactional relay on the pipeline's broker. */
    private static double relayCeiling(BenchContext context, String bootstrap, Texts texts) {
        Size size = context.size();
        int total = size.feeds() * size.entriesPerFeed();
        Articles generator = new Articles(texts);
        List<RawArticle> raw = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            raw.add(generator.raw(i, 2000));
        }
        String in = "bench-relay-in-" + System.nanoTime();
        String out = "bench-relay-out-" + System.nanoTime();
        oxidation.events.TopicSetup.ensure(bootstrap, List.of(
                oxidation.events.Topics.ARTICLES_RAW.withPrefix(in + "."),
                oxidation.events.Topics.ARTICLES_RAW.withPrefix(out + ".")), 1, (short) 1);
        String from = oxidation.events.Topics.ARTICLES_RAW.withPrefix(in + ".").name();
        String to = oxidation.events.Topics.ARTICLES_RAW.withPrefix(out + ".").name();
        StoreBench.publish(bootstrap, from, raw);
        AtomicBoolean running = Relay.start(bootstrap, from, to);
        try {
            return Relay.arrivalRate(bootstrap, to, total, TIMEOUT);
        } finally {
            running.set(false);
        }
    }
}
