package oxidation.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import oxidation.classify.service.ClassifyApp;
import oxidation.classify.service.ClassifyConfig;
import oxidation.events.JsonCodec;
import oxidation.events.Topics;
import oxidation.ingest.IngestApp;
import oxidation.ingest.IngestConfig;
import oxidation.ingest.source.SourcesFile;
import oxidation.store.StoreApp;
import oxidation.store.StoreConfig;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestDatabase;
import oxidation.testkit.TestTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline under a sustained feed rate (ingest, classify and store in this JVM on the shared broker, the
 * store on PostgreSQL), then 100 concurrent API clients. Reports throughput, consumer lag over time,
 * end-to-end latency from an entry's first fetch to its first sight through the API, heap, and the clients'
 * p50/p99 and errors. Nightly only; {@code -Doxidation.load.duration=PT30S -Doxidation.load.clientDuration=PT10S}
 * for a smoke run, {@code -Doxidation.load.rate} entries per second (default 50).
 */
@Tag("nightly")
class LoadIT {

    private static final Duration DURATION = Duration.parse(System.getProperty("oxidation.load.duration", "PT10M"));
    private static final double RATE = Double.parseDouble(System.getProperty("oxidation.load.rate", "50"));
    private static final int CLIENTS = Integer.getInteger("oxidation.load.clients", 100);
    private static final Duration CLIENT_DURATION =
            Duration.parse(System.getProperty("oxidation.load.clientDuration", "PT60S"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aSustainedFeedRateKeepsTheLagBoundedAndAHundredApiClientsGetNoErrors() throws Exception {
        TestTopics topics = TestTopics.create(3);
        TestDatabase.Database db = TestDatabase.postgres();
        String run = topics.prefix().replace(".", "");
        Map<String, Long> firstSeen = new ConcurrentHashMap<>();
        List<String> samples = new ArrayList<>();
        long maxLag = 0;
        long heapMax = 0;
        try (LiveFeeds feeds = new LiveFeeds(20, RATE, DURATION);
                StoreApp store = StoreApp.create(new StoreConfig(SharedKafka.bootstrapServers(), topics.prefix(),
                        db.jdbcUrl(), db.user(), db.password(), 0, "load-store-" + run));
                ClassifyApp classify = ClassifyApp.create(new ClassifyConfig(SharedKafka.bootstrapServers(),
                        topics.prefix(), "load-classify-" + run, dir.resolve("classify"), false));
                IngestApp ingest = IngestApp.create(IngestConfig.fromEnv(ingestEnv(topics, run,
                        Files.writeString(dir.resolve("sources.yaml"), SourcesFile.write(feeds.sources())))));
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        SharedKafka.bootstrapServers()))) {
            store.start();
            classify.start();
            ingest.start();
            feeds.start();
            long started = System.nanoTime();
            ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
            timers.scheduleWithFixedDelay(() -> probe(store.httpPort(), firstSeen), 0, 250, TimeUnit.MILLISECONDS);
            long end = started + DURATION.toNanos();
            while (System.nanoTime() < end || firstSeen.size() < feeds.total()) {
                long classifyLag = lag(admin, topics, "load-classify-" + run);
                long backlog = feeds.firstServed().size() - firstSeen.size();
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                maxLag = Math.max(maxLag, backlog);
                heapMax = Math.max(heapMax, heap);
                samples.add(String.format("%5ds published %6d fetched %6d visible %6d backlog %5d classify lag %5d"
                        + " heap %4d MB", (System.nanoTime() - started) / 1_000_000_000, feeds.published(),
                        feeds.firstServed().size(), firstSeen.size(), backlog, classifyLag, heap >> 20));
                if (System.nanoTime() > end + Duration.ofMinutes(2).toNanos()) {
                    break;
                }
                await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            timers.shutdownNow();
            List<Long> latencies = new ArrayList<>();
            feeds.firstServed().forEach((id, served) -> {
                Long seen = firstSeen.get(id);
                if (seen != null) {
                    latencies.add(Math.max(0, seen - served));
                }
            });
            latencies.sort(null);
            ApiClients.Report clients = ApiClients.run(store.httpPort(), CLIENTS, CLIENT_DURATION);
            String report = report(feeds.total(), firstSeen.size(), elapsed, latencies, samples, maxLag, heapMax, clients);
            System.out.println(report);
            Files.writeString(Path.of("target", "load-report.txt"), report);

            assertThat(firstSeen).as("entries visible through the API").hasSize((int) feeds.total());
            assertThat(maxLag).as("largest backlog").isLessThan((long) (RATE * 60));
            assertThat(clients.errors()).as("API errors under " + CLIENTS + " clients").isZero();
        }
    }

    private static Map<String, String> ingestEnv(TestTopics topics, String run, Path sourcesFile) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", SharedKafka.bootstrapServers());
        env.put("OXIDATION_TOPIC_PREFIX", topics.prefix());
        env.put("INGEST_GROUP_ID", "load-ingest-" + run);
        env.put("INGEST_SOURCES_FILE", sourcesFile.toString());
        env.put("INGEST_ALLOW_HOSTS", "127.0.0.1");
        env.put("INGEST_DEFAULT_POLL_INTERVAL", "PT1S");
        env.put("INGEST_FETCH_PAGES", "false");
        env.put("INGEST_POLITE_DELAY", "PT0.01S");
        return env;
    }

    /** Records the first sight of each article in orjson's newest 500. */
    private static void probe(int port, Map<String, Long> firstSeen) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/tools/orjson/articles?limit=500")).build(), HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            if (response.statusCode() == 200) {
                for (JsonNode article : JsonCodec.mapper().readTree(response.body()).get("articles")) {
                    firstSeen.putIfAbsent(article.get("id").asText(), now);
                }
            }
        } catch (Exception e) {
            // the next probe tries again
        }
    }

    /** Records of articles.raw the classifier has not committed yet. */
    private static long lag(Admin admin, TestTopics topics, String group) throws Exception {
        Map<TopicPartition, Long> ends = ends(admin, topics.of(Topics.ARTICLES_RAW).name());
        var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var e : ends.entrySet()) {
            var at = committed.get(e.getKey());
            lag += e.getValue() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    private static Map<TopicPartition, Long> ends(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < 3; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private static String report(long total, int visible, double elapsed, List<Long> latencies, List<String> samples,
            long maxLag, long heapMax, ApiClients.Report clients) {
        StringBuilder s = new StringBuilder("# Load run\n\n");
        s.append(String.format("feed rate %.0f entries/s for %s; %d entries, %d visible through the API in %.0f s:"
                + " %.1f articles/s end to end%n", RATE, DURATION, total, visible, elapsed, visible / elapsed));
        s.append(String.format("fetch -> visible latency: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%d entries)%n",
                ApiClients.percentile(latencies, 0.5).toMillis(), ApiClients.percentile(latencies, 0.95).toMillis(),
                ApiClients.percentile(latencies, 0.99).toMillis(), ApiClients.percentile(latencies, 1).toMillis(),
                latencies.size()));
        s.append(String.format("largest backlog (fetched, not yet visible through the API): %d entries; heap max %d MB%n",
                maxLag, heapMax >> 20));
        s.append(String.format("%d API clients for %s: %d requests (%.0f/s), %d errors, p50 %d ms, p99 %d ms, max %d ms%n",
                CLIENTS, CLIENT_DURATION, clients.requests(), clients.perSecond(), clients.errors(),
                clients.p50().toMillis(), clients.p99().toMillis(), clients.max().toMillis()));
        s.append("\nover time:\n");
        samples.forEach(line -> s.append(line).append('\n'));
        return s.toString();
    }
}
