package oxidation.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import oxidation.events.DeadLetter;
import oxidation.events.JsonCodec;
import oxidation.events.RawArticle;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.events.Topic;
import oxidation.events.Topics;
import oxidation.ingest.IngestApp;
import oxidation.ingest.IngestConfig;
import oxidation.testkit.KafkaTestClient;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestHttpServer;
import oxidation.testkit.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile records on {@code sources}, each followed by a good source: the bad ones land on
 * {@code sources.dlq} with a reason naming the problem, the worker lives on and polls every good source
 * after them, and a source of a newer schema with fields this version does not know is polled too.
 */
class HostileSourceRecordsIT {

    private final TestHttpServer server = TestHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void deadLettersEveryBadSourceAndPollsEveryGoodOneAfterIt() throws Exception {
        TestTopics topics = TestTopics.create();
        Topic<String, Source> sources = topics.of(Topics.SOURCES);
        Map<String, byte[]> bad = badSources();
        List<String> good = new ArrayList<>();

        try (KafkaTestClient client = new KafkaTestClient()) {
            for (var entry : bad.entrySet()) {
                client.sendRaw(sources, entry.getKey(), entry.getValue());
                Source next = feed("good-" + good.size());
                client.send(sources, next.id(), next);
                good.add(next.id());
            }
            Source future = feed("future");
            client.sendRaw(sources, future.id(), futureSchema(future));

            try (IngestApp app = IngestApp.create(IngestConfig.fromEnv(env(topics)))) {
                app.start();
                List<ConsumerRecord<String, RawArticle>> articles =
                        client.read(topics.of(Topics.ARTICLES_RAW), good.size() + 1, Duration.ofSeconds(60));
                List<ConsumerRecord<String, DeadLetter>> dead =
                        client.read(topics.of(Topics.SOURCES_DLQ), bad.size(), Duration.ofSeconds(30));

                Set<String> polled = articles.stream().map(r -> r.value().sourceId()).collect(Collectors.toSet());
                assertThat(polled).containsAll(good).contains("future");
                Map<String, DeadLetter> byKey = dead.stream()
                        .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
                assertThat(byKey).containsOnlyKeys(bad.keySet());
                Map.of("not-json", "not JSON", "missing-url", "url", "unknown-kind", "kind",
                        "negative-interval", "pollInterval", "other-key", "differs", "huge-garbage", "only its first",
                        "huge-url", "url")
                        .forEach((key, reason) -> assertThat(byKey.get(key).reason()).as(key)
                                .containsIgnoringCase(reason));
                assertThat(byKey.values()).allSatisfy(letter -> {
                    assertThat(letter.service()).isEqualTo("ingest");
                    assertThat(letter.topic()).isEqualTo(sources.name());
                });
                assertThat(server.hits("/x")).isZero();
            }
        }
    }

    private Map<String, byte[]> badSources() throws Exception {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("not-json", "{not json".getBytes(StandardCharsets.UTF_8));
        bad.put("binary", new byte[] {(byte) 0xff, 0, (byte) 0x80, 1});
        bad.put("array", "[\"https://example.org/feed\"]".getBytes(StandardCharsets.UTF_8));
        ObjectNode missingUrl = tree(feed("missing-url"));
        missingUrl.remove("url");
        bad.put("missing-url", bytes(missingUrl));
        bad.put("unknown-kind", bytes(tree(feed("unknown-kind")).put("kind", "ftp")));
        bad.put("negative-interval", bytes(tree(feed("negative-interval")).put("pollInterval", "PT-5M")));
        bad.put("other-key", JsonCodec.encode(feed("not-other-key")));
        bad.put("huge-garbage", "[".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        bad.put("huge-url", JsonCodec.encode(Source.of("huge-url", server.uri("/x") + "?q=" + "a".repeat(5 * 1024 * 1024),
                SourceKind.FEED, null)));
        return bad;
    }

    /** A good source: an RSS feed on the local server with one entry of its own. */
    private Source feed(String id) {
        server.text("/feeds/" + id + ".rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%1$s</title><link>%2$s</link>
                <item><title>Entry of %1$s</title><link>%2$s/posts/%1$s</link>
                <guid>%2$s/posts/%1$s</guid><pubDate>Tue, 01 Apr 2025 10:00:00 GMT</pubDate>
                <description>We moved %1$s to uv, the Rust-based installer.</description></item>
                </channel></rss>""".formatted(id, server.uri("")), "application/rss+xml");
        return Source.of(id, server.uri("/feeds/" + id + ".rss").toString(), SourceKind.FEED, null);
    }

    private static byte[] futureSchema(Source source) throws Exception {
        ObjectNode json = tree(source);
        json.put("schema", 2);
        json.put("priority", "high");
        json.putObject("auth").put("kind", "none").putArray("scopes").add("read");
        return bytes(json);
    }

    private static ObjectNode tree(Object value) throws Exception {
        return (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(value));
    }

    private static byte[] bytes(ObjectNode json) throws Exception {
        return JsonCodec.mapper().writeValueAsBytes(json);
    }

    private static Map<String, String> env(TestTopics topics) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", SharedKafka.bootstrapServers());
        env.put("OXIDATION_TOPIC_PREFIX", topics.prefix());
        env.put("INGEST_GROUP_ID", "hostile-" + topics.prefix());
        env.put("INGEST_ALLOW_HOSTS", "127.0.0.1");
        env.put("INGEST_DEFAULT_POLL_INTERVAL", "PT1M");
        env.put("INGEST_FETCH_PAGES", "false");
        env.put("INGEST_POLITE_DELAY", "PT0.01S");
        env.put("INGEST_FETCH_DEADLINE", "PT5S");
        return env;
    }
}
