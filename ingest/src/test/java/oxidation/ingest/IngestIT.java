package oxidation.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oxidation.events.ArticleId;
import oxidation.events.DeadLetter;
import oxidation.events.RawArticle;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.events.SourceStatus;
import oxidation.events.Topic;
import oxidation.events.Topics;
import oxidation.ingest.source.SourcePublisher;
import oxidation.ingest.source.SourcesFile;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestHttpServer;
import oxidation.testkit.TestTopics;

class IngestIT {

    private final TestHttpServer server = TestHttpServer.start();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger notModified = new AtomicInteger();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private volatile String blogLater = "";

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        server.close();
    }

    @Test
    void twoWorkersShareTheSourcesAndPublishEveryEntryExactlyOnceWhileOneStops() throws Exception {
        TestTopics topics = TestTopics.create(4);
        serveFeeds();
        List<Source> sources = sources();
        Path sourcesFile = Files.writeString(dir.resolve("sources.yaml"), SourcesFile.write(sources));

        IngestApp first = start(topics, sourcesFile);
        IngestApp second = start(topics, null);
        Collector<String, RawArticle> articles = collector(topics.of(Topics.ARTICLES_RAW));
        Collector<String, SourceStatus> statuses = collector(topics.of(Topics.SOURCES_STATUS));

        Set<String> firstIds = ids(base() + "/posts/uv-page.html", base() + "/posts/ruff-08.html",
                base() + "/posts/polars-1.html", base() + "/blog/pyo3-maturin", base() + "/blog/orjson",
                base() + "/moved/pydantic-core-230", base() + "/moved/tiktoken", base() + "/bomb/granian",
                base() + "/bomb/robyn");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(articles.poll().stream().map(ConsumerRecord::key)).containsAll(firstIds);
            assertThat(notModified.get()).isPositive();
            assertThat(first.ownedSources()).isNotEmpty();
            assertThat(second.ownedSources()).isNotEmpty();
        });
        assertThat(first.ownedSources()).doesNotContainAnyElementsOf(second.ownedSources());

        first.close();
        blogLater = """
                <entry><title>Polars streaming engine</title><id>%1$s/blog/polars-streaming</id>
                <link href="%1$s/blog/polars-streaming"/><updated>2025-06-06T08:00:00Z</updated>
                <summary>Out-of-core queries.</summary></entry>""".formatted(base());
        String later = ArticleId.of(base() + "/blog/polars-streaming");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(articles.poll().stream().map(ConsumerRecord::key)).contains(later);
            assertThat(second.ownedSources()).containsExactlyInAnyOrderElementsOf(
                    sources.stream().map(Source::id).toList());
        });
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);

        List<ConsumerRecord<String, RawArticle>> published = articles.poll();
        Map<String, Long> perId = published.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(union(firstIds, Set.of(later)));
        assertThat(perId).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        assertThat(published).allSatisfy(r -> assertThat(r.value().id()).isEqualTo(r.key()));

        RawArticle uv = byId(published).get(ArticleId.of(base() + "/posts/uv-page.html"));
        assertThat(uv.sourceId()).isEqualTo("releases");
        assertThat(uv.summary()).isEqualTo("A short summary of the uv release.");
        assertThat(uv.text()).contains("ten to a hundred times faster than pip").doesNotContain("Subscribe");
        assertThat(byId(published).get(ArticleId.of(base() + "/bomb/granian")).title()).contains("granian")
                .hasSizeLessThan(100).doesNotContain("lollol");

        Map<String, SourceStatus> latest = latest(statuses.poll());
        assertThat(latest.get("releases").healthy()).isTrue();
        assertThat(latest.get("moved").healthy()).isTrue();
        assertThat(latest.get("moved").entriesSeen()).isEqualTo(2);
        assertThat(latest.get("bomb").healthy()).isTrue();
        assertUnhealthy(latest.get("limited"), "HTTP 429 from " + server.uri("/limited.xml") + " (retry after 120 s)");
        assertThat(latest.get("limited").nextPoll()).isAfterOrEqualTo(latest.get("limited").lastAttempt().plusSeconds(119));
        assertUnhealthy(latest.get("broken"), "HTTP 500 from " + server.uri("/broken.xml"));
        assertUnhealthy(latest.get("slow"), "deadline passed while reading the body from " + server.uri("/slow.xml"));
        assertUnhealthy(latest.get("huge"), "body larger than 262144 bytes from " + server.uri("/huge.xml"));
        assertUnhealthy(latest.get("refused"), "refused: localhost resolves to 127.0.0.1");
        assertUnhealthy(latest.get("not-a-feed"), "cannot read " + server.uri("/not-a-feed.html") + " as feed: ");
        assertThat(server.hits("/secret.xml")).isZero();
        assertThat(server.hits("/limited.xml")).isEqualTo(1);
    }

    @Test
    void removingASourceStopsItsPollingAndTombstonesItsStatus() throws Exception {
        TestTopics topics = TestTopics.create(2);
        serveFeeds();
        IngestApp app = start(topics, null);
        Collector<String, SourceStatus> statuses = collector(topics.of(Topics.SOURCES_STATUS));
        Collector<String, DeadLetter> sourceLetters = collector(topics.of(Topics.SOURCES_DLQ));
        try (SourcePublisher publisher = SourcePublisher.create(SharedKafka.bootstrapServers(), topics.prefix())) {
            publisher.publish(new Source(1, "moved", server.uri("/r1").toString(), SourceKind.FEED, null, null, true));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(latest(statuses.poll())).containsKey("moved"));
            assertThat(app.ownedSources()).containsExactly("moved");
            publisher.remove("moved");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(app.ownedSources()).isEmpty();
            List<ConsumerRecord<String, SourceStatus>> all = statuses.poll();
            assertThat(all.getLast().key()).isEqualTo("moved");
            assertThat(all.getLast().value()).isNull();
        });
        int hits = server.hits("/r1");
        try (var client = new oxidation.testkit.KafkaTestClient()) {
            client.sendRaw(topics.of(Topics.SOURCES), "junk", "{not json".getBytes(StandardCharsets.UTF_8));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sourceLetters.poll())
                .singleElement().satisfies(r -> assertThat(r.value().reason()).startsWith("not a source: ")));
        assertThat(server.hits("/r1")).isEqualTo(hits);
    }

    @Test
    void backfillsEverySitemapPageOnceAndDeadLettersWhatCannotBecomeAnArticle() throws Exception {
        TestTopics topics = TestTopics.create(1);
        serveFeeds();
        server.text("/sitemap-index.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%1$s/sitemap-posts.xml</loc></sitemap>
                </sitemapindex>""".formatted(base()), "application/xml");
        server.text("/sitemap-posts.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%1$s/posts/uv-page.html</loc></url>
                  <url><loc>%1$s/posts/gone.html</loc></url>
                </urlset>""".formatted(base()), "application/xml");
        server.text("/no-links.rss", """
                <rss version="2.0"><channel><title>t</title>
                <item><title>An entry without a link or id</title><description>x</description></item>
                <item><title>maturin 1.8</title><link>%1$s/no-links/maturin-18</link></item>
                </channel></rss>""".formatted(base()), "application/rss+xml");
        Collector<String, RawArticle> articles = collector(topics.of(Topics.ARTICLES_RAW));
        Collector<String, DeadLetter> letters = collector(topics.of(Topics.ARTICLES_RAW_DLQ));
        Collector<String, SourceStatus> statuses = collector(topics.of(Topics.SOURCES_STATUS));
        try (SourcePublisher publisher = SourcePublisher.create(SharedKafka.bootstrapServers(), topics.prefix())) {
            publisher.publish(List.of(
                    new Source(1, "archive", server.uri("/sitemap-index.xml").toString(), SourceKind.SITEMAP, null,
                            null, true),
                    feed("no-links", "/no-links.rss")));
        }
        start(topics, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(articles.poll()).extracting(ConsumerRecord::key).contains(
                    ArticleId.of(base() + "/posts/uv-page.html"), ArticleId.of(base() + "/no-links/maturin-18"));
            assertThat(letters.poll()).hasSize(2);
            assertThat(server.hits("/sitemap-index.xml")).isGreaterThanOrEqualTo(3);
            assertThat(server.hits("/no-links.rss")).isGreaterThanOrEqualTo(3);
        });
        assertThat(articles.poll()).hasSize(2);
        assertThat(server.hits("/posts/uv-page.html")).isEqualTo(1);
        assertThat(server.hits("/posts/gone.html")).isEqualTo(1);
        RawArticle page = articles.poll().stream().map(ConsumerRecord::value)
                .filter(a -> a.sourceId().equals("archive")).findFirst().orElseThrow();
        assertThat(page.title()).isEqualTo("uv 0.5 makes installs faster");
        assertThat(page.text()).contains("ten to a hundred times faster than pip");
        assertThat(letters.poll()).extracting(r -> r.value().reason()).satisfiesExactlyInAnyOrder(
                reason -> assertThat(reason).startsWith("source archive: HTTP 404 from " + server.uri("/posts/gone.html")),
                reason -> assertThat(reason).startsWith("source no-links: "));
        assertThat(latest(statuses.poll()).get("archive").seen()).hasSize(2);
    }

    private IngestApp start(TestTopics topics, Path sourcesFile) {
        Map<String, String> env = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", SharedKafka.bootstrapServers(),
                "OXIDATION_TOPIC_PREFIX", topics.prefix(),
                "INGEST_GROUP_ID", "ingest-it-" + topics.prefix(),
                "INGEST_ALLOW_HOSTS", "127.0.0.1",
                "INGEST_DEFAULT_POLL_INTERVAL", "PT1S",
                "INGEST_MAX_BODY_BYTES", "262144",
                "INGEST_POLITE_DELAY", "PT0.01S",
                "INGEST_FETCH_DEADLINE", "PT2S",
                "INGEST_BACKOFF_BASE", "PT1S",
                "INGEST_BACKOFF_MAX", "PT2S"));
        if (sourcesFile != null) {
            env.put("INGEST_SOURCES_FILE", sourcesFile.toString());
        }
        IngestApp app = IngestApp.create(IngestConfig.fromEnv(env));
        closing.add(app);
        app.start();
        return app;
    }

    private List<Source> sources() {
        return List.of(
                feed("releases", "/releases.rss"), feed("blog", "/blog.atom"), feed("moved", "/r1"),
                feed("bomb", "/entity-bomb.rss"), feed("limited", "/limited.xml"), feed("broken", "/broken.xml"),
                feed("slow", "/slow.xml"), feed("huge", "/huge.xml"), feed("not-a-feed", "/not-a-feed.html"),
                new Source(1, "refused", "http://localhost:" + server.port() + "/secret.xml", SourceKind.FEED, null,
                        null, true));
    }

    private Source feed(String id, String path) {
        return new Source(1, id, server.uri(path).toString(), SourceKind.FEED, null, null, true);
    }

    private void serveFeeds() {
        server.route("/releases.rss", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"r1\"");
            if ("\"r1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                TestHttpServer.respond(exchange, 304, null, new byte[0]);
            } else {
                TestHttpServer.respond(exchange, 200, "application/rss+xml", fixture("releases.rss"));
            }
        });
        server.route("/blog.atom", exchange -> TestHttpServer.respond(exchange, 200, "application/atom+xml",
                new String(fixture("blog.atom"), StandardCharsets.UTF_8).replace("{{LATER}}", blogLater)
                        .getBytes(StandardCharsets.UTF_8)));
        redirect("/r1", "/r2");
        redirect("/r2", server.uri("/r3").toString());
        redirect("/r3", "/moved.rss");
        server.route("/moved.rss", exchange -> TestHttpServer.respond(exchange, 200, "text/xml", fixture("moved.rss")));
        server.route("/entity-bomb.rss", exchange -> TestHttpServer.respond(exchange, 200, "application/xml",
                fixture("entity-bomb.rss")));
        server.route("/posts/uv-page.html", exchange -> TestHttpServer.respond(exchange, 200,
                "text/html; charset=utf-8", fixture("uv-page.html")));
        server.route("/limited.xml", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            TestHttpServer.respond(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        server.route("/broken.xml", exchange -> TestHttpServer.respond(exchange, 500, "text/plain", new byte[] {'!'}));
        server.route("/slow.xml", this::trickle);
        server.route("/huge.xml", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<item><title>x</title></item>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20; i++) {
                exchange.getResponseBody().write(chunk);
            }
        });
        server.text("/not-a-feed.html", "<html><body>hello</body></html>", "text/html");
        server.text("/secret.xml", "<rss/>", "application/rss+xml");
    }

    private void trickle(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
        try {
            while (!release.await(300, TimeUnit.MILLISECONDS)) {
                out.write(' ');
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void redirect(String from, String to) {
        server.route(from, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            TestHttpServer.respond(exchange, 301, null, new byte[0]);
        });
    }

    private byte[] fixture(String name) {
        try (InputStream in = IngestIT.class.getResourceAsStream("/ingest-it/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", base())
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static Set<String> ids(String... urls) {
        return java.util.Arrays.stream(urls).map(ArticleId::of).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private static Map<String, RawArticle> byId(List<ConsumerRecord<String, RawArticle>> records) {
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
    }

    private static Map<String, SourceStatus> latest(List<ConsumerRecord<String, SourceStatus>> records) {
        Map<String, SourceStatus> latest = new HashMap<>();
        records.forEach(r -> latest.put(r.key(), r.value()));
        latest.values().removeIf(java.util.Objects::isNull);
        return latest;
    }

    private static void assertUnhealthy(SourceStatus status, String reasonStart) {
        assertThat(status).isNotNull();
        assertThat(status.healthy()).as(status.sourceId()).isFalse();
        assertThat(status.lastError()).as(status.sourceId()).startsWith(reasonStart);
        assertThat(status.consecutiveFailures()).isPositive();
        assertThat(status.lastFailure()).isNotNull();
    }

    private <K, V> Collector<K, V> collector(Topic<K, V> topic) {
        Collector<K, V> collector = new Collector<>(topic);
        closing.add(collector);
        return collector;
    }

    /** Reads a whole topic from its start, without a group, keeping everything read so far. */
    private static final class Collector<K, V> implements AutoCloseable {
        private final KafkaConsumer<K, V> consumer;
        private final List<ConsumerRecord<K, V>> records = new ArrayList<>();

        Collector(Topic<K, V> topic) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    SharedKafka.bootstrapServers()), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        synchronized List<ConsumerRecord<K, V>> poll() {
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            return List.copyOf(records);
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
