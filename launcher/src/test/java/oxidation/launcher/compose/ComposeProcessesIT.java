package oxidation.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oxidation.broker.LocalKafka;
import oxidation.broker.LocalKafkaConfig;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.events.TopicSetup;
import oxidation.events.Topics;
import oxidation.ingest.source.SourcePublisher;
import oxidation.ingest.source.SourcesFile;
import oxidation.testkit.TestDatabase;
import oxidation.testkit.TestHttpServer;

/**
 * The compose stack as processes: {@code topics create}, ingest, classify and store each run in their own JVM
 * with exactly the environment {@code docker-compose.yml} gives their container, against a real broker and
 * PostgreSQL, and feeds served from a local HTTP server. The only changes to that environment, each because
 * a process on this machine is not a container on the compose network:
 * <ul>
 * <li>{@code kafka:9092} becomes the address of the broker this test starts; the {@code postgres} service
 * becomes a fresh schema of the test PostgreSQL (its JDBC URL, user and password);</li>
 * <li>container-private paths under {@code /tmp} move to a folder per service (each container has its own
 * {@code /tmp}; processes share one);</li>
 * <li>{@code STORE_HTTP_PORT} becomes a free port (the compose file publishes the store's port; here any
 * fixed port may be taken);</li>
 * <li>{@code INGEST_SOURCES_FILE} names a sources file of the local feed server and
 * {@code INGEST_ALLOW_HOSTS} allows {@code 127.0.0.1}, which ingest otherwise refuses.</li>
 * </ul>
 * The broker is this test's own, not the shared one: the compose file uses no topic prefix and fixed group ids.
 */
class ComposeProcessesIT {

    private static final List<String> TOOLS = List.of("uv", "ruff");
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Duration FLOW = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable closeable : running.reversed()) {
            closeable.close();
        }
    }

    @Test
    void servicesInSeparateJvmsFillTheTimelineAndLoseOrRepeatNothingWhenKilled() throws Exception {
        LocalKafka kafka = started(LocalKafka.start(LocalKafkaConfig.temporary()));
        TestDatabase.Database db = TestDatabase.postgres();
        TestHttpServer feeds = started(TestHttpServer.start());
        for (int n = 1; n <= 3; n++) {
            feeds.file("/feed-" + n + ".xml", FeedItems.feed(n), "application/rss+xml");
        }
        String bootstrap = kafka.bootstrapServers();
        Path sourcesFile = Files.writeString(dir.resolve("sources.yaml"), """
                sources:
                  - id: field-notes-1
                    url: %s
                    kind: feed
                """.formatted(feeds.uri("/feed-1.xml")));
        int httpPort = freePort();

        ComposeFile compose = ComposeFile.repository();
        Map<String, String> kafkaAndPostgres = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "STORE_JDBC_URL", db.jdbcUrl(),
                "STORE_JDBC_USER", db.user(),
                "STORE_JDBC_PASSWORD", db.password());
        Map<String, Map<String, String>> env = new TreeMap<>();
        for (String service : List.of("topics", "ingest", "classify", "store")) {
            Map<String, String> overrides = new LinkedHashMap<>(kafkaAndPostgres);
            if (service.equals("ingest")) {
                overrides.put("INGEST_SOURCES_FILE", sourcesFile.toString());
                overrides.put("INGEST_ALLOW_HOSTS", "127.0.0.1");
            }
            if (service.equals("store")) {
                overrides.put("STORE_HTTP_PORT", Integer.toString(httpPort));
            }
            env.put(service, processEnvironment(service, compose.environment(service), overrides));
        }

        // The compose file's topic service seeds the bundled default sources (public feeds) into an empty
        // sources topic. Tests never reach the internet, so this test's source is on the topic first, and the
        // topic service, run unchanged, must find it and seed nothing.
        TopicSetup.ensure(bootstrap, List.of(Topics.SOURCES), 6, (short) 1);
        publish(bootstrap, SourcesFile.read(sourcesFile));

        Path logs = Path.of("target", "compose-processes");
        ServiceJvm topics = started(ServiceJvm.start("topics", compose.command("topics"), env.get("topics"),
                JVM_OPTIONS, logs));
        assertThat(topics.waitForExit(Duration.ofSeconds(120))).as(topics.logTail()).isZero();
        assertThat(topics.log()).contains("articles.tagged").contains("default sources: 0 published");

        Map<String, ServiceJvm> services = new LinkedHashMap<>();
        for (String service : List.of("ingest", "classify", "store")) {
            services.put(service, started(ServiceJvm.start(service, compose.command(service), env.get(service),
                    JVM_OPTIONS, logs)));
        }
        StoreApi api = new StoreApi("http://127.0.0.1:" + httpPort);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            services.values().forEach(s -> assertThat(s.isAlive()).as(s.name() + " runs; its log ends with:\n"
                    + s.logTail()).isTrue());
            assertThat(api.ready()).as("store /ready").isTrue();
            for (String service : services.keySet()) {
                assertThat(Path.of(env.get(service).get("OXIDATION_HEALTH_FILE")))
                        .as(service + " writes the file its compose healthcheck reads").exists();
            }
        });

        List<FeedItems.Item> expected = new ArrayList<>(FeedItems.of(FeedItems.feed(1)));
        awaitExactly(api, expected, services);

        // Classify and store die while ingest publishes a new source's articles; they come back and catch up.
        publish(bootstrap, List.of(Source.of("field-notes-2", feeds.uri("/feed-2.xml").toString(), SourceKind.FEED,
                null)));
        await().atMost(FLOW).until(() -> feeds.hits("/feed-2.xml") > 0);
        services.get("classify").kill();
        services.get("store").kill();
        services.get("classify").restart();
        services.get("store").restart();
        expected.addAll(FeedItems.of(FeedItems.feed(2)));
        awaitExactly(api, expected, services);

        // Ingest dies as it fetches a third source; the restarted worker finishes the job.
        publish(bootstrap, List.of(Source.of("field-notes-3", feeds.uri("/feed-3.xml").toString(), SourceKind.FEED,
                null)));
        await().atMost(FLOW).until(() -> feeds.hits("/feed-3.xml") > 0);
        services.get("ingest").kill();
        services.get("ingest").restart();
        expected.addAll(FeedItems.of(FeedItems.feed(3)));
        awaitExactly(api, expected, services);
    }

    /**
     * The compose file's environment for a service with the overrides applied: every key stays, only the
     * overridden values change, and paths under /tmp move to this service's own folder.
     */
    private Map<String, String> processEnvironment(String service, Map<String, String> composed,
            Map<String, String> overrides) throws Exception {
        Path containerTmp = Files.createDirectories(dir.resolve(service).resolve("tmp"));
        Map<String, String> result = new TreeMap<>();
        composed.forEach((key, value) -> result.put(key, overrides.containsKey(key) ? overrides.get(key)
                : value.startsWith("/tmp/") ? containerTmp.resolve(value.substring(5)).toString() : value));
        assertThat(result.keySet()).as(service + " environment keys").isEqualTo(composed.keySet());
        return result;
    }

    /**
     * Waits until, for every tool, the timeline counts exactly the feed items about it and the drill-down lists
     * exactly their URLs once each, and checks that this stays so for a few seconds.
     */
    private static void awaitExactly(StoreApi api, List<FeedItems.Item> items, Map<String, ServiceJvm> services) {
        Map<String, List<String>> expected = FeedItems.urlsByTool(items);
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(TOOLS);
        Runnable exact = () -> {
            for (ServiceJvm service : services.values()) {
                assertThat(service.isAlive()).as(service.name() + " runs; its log ends with:\n" + service.logTail())
                        .isTrue();
            }
            for (String tool : TOOLS) {
                StoreApi.ToolView view;
                try {
                    view = api.tool(tool);
                } catch (Exception e) {
                    throw new AssertionError("the store API did not answer: " + e.getMessage(), e);
                }
                assertThat(view.articleUrls().stream().sorted().toList()).as(tool + " articles")
                        .isEqualTo(expected.get(tool));
                assertThat(view.timelineTotal()).as(tool + " timeline total").isEqualTo(expected.get(tool).size());
            }
        };
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(exact::run);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(exact::run);
    }

    private static void publish(String bootstrap, List<Source> sources) {
        try (SourcePublisher publisher = SourcePublisher.create(bootstrap, "")) {
            publisher.publish(sources);
        }
    }

    private <T extends AutoCloseable> T started(T closeable) {
        running.add(closeable);
        return closeable;
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
