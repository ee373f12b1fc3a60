package oxidation.classify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import oxidation.classify.catalog.Catalog;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.DeadLetter;
import oxidation.events.RawArticle;
import oxidation.events.TaggedArticle;
import oxidation.events.Topics;
import oxidation.testkit.KafkaTestClient;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyIT {

    private static final String[] TEXTS = {
        "We moved from pip to uv, the Rust-based installer: `uv pip install -r requirements.txt`.",
        "import polars as pl\ndf = pl.read_parquet('events.parquet')",
        "The UV index reaches 9 today; wear sunscreen.",
        "orjson serialises dataclasses faster than the json module.",
        "A dark rye sourdough with 70% rye flour.",
    };

    @TempDir
    Path stateDir;

    private static List<SimpleEntry<String, RawArticle>> articles(int n) {
        List<SimpleEntry<String, RawArticle>> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String url = "https://blog.example.org/post/" + i;
            RawArticle article = new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), "blog",
                    ArticleKind.POST, "Post " + i, null, null, null, Instant.now(), null,
                    TEXTS[i % TEXTS.length] + " (" + i + ")", "en", null);
            list.add(new SimpleEntry<>(article.id(), article));
        }
        return list;
    }

    private ClassifyConfig config(TestTopics topics) {
        return new ClassifyConfig(SharedKafka.bootstrapServers(), topics.prefix(),
                "classify-it-" + UUID.randomUUID().toString().substring(0, 8), stateDir, false);
    }

    @Test
    void tagsEveryRawArticleExactlyOnceAndSendsAPoisonRecordToTheDeadLetterTopic() {
        TestTopics topics = TestTopics.create(2);
        List<SimpleEntry<String, RawArticle>> articles = articles(1000);
        try (KafkaTestClient client = new KafkaTestClient();
                ClassifyApp app = ClassifyApp.create(config(topics))) {
            client.sendAll(topics.of(Topics.ARTICLES_RAW), articles.subList(0, 500));
            client.sendRaw(topics.of(Topics.ARTICLES_RAW), "poison", "{not json".getBytes(StandardCharsets.UTF_8));
            client.sendAll(topics.of(Topics.ARTICLES_RAW), articles.subList(500, 1000));
            app.start();

            List<ConsumerRecord<String, TaggedArticle>> tagged =
                    client.read(topics.of(Topics.ARTICLES_TAGGED), 1000, Duration.ofSeconds(60));
            List<ConsumerRecord<String, DeadLetter>> dead =
                    client.read(topics.of(Topics.ARTICLES_RAW_DLQ), 1, Duration.ofSeconds(10));

            Set<String> expectedIds = articles.stream().map(SimpleEntry::getKey).collect(Collectors.toSet());
            assertThat(tagged).extracting(ConsumerRecord::key).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expectedIds);
            assertThat(tagged).allSatisfy(r -> assertThat(r.value().catalog()).isEqualTo(Catalog.bundled().version()));
            assertThat(tagged).filteredOn(r -> r.value().article().text().startsWith("We moved"))
                    .allSatisfy(r -> assertThat(r.value().tags()).extracting(t -> t.tool()).contains("uv"));
            assertThat(tagged).filteredOn(r -> r.value().article().text().startsWith("The UV index"))
                    .allSatisfy(r -> assertThat(r.value().tags()).isEmpty());
            assertThat(dead.get(0).key()).isEqualTo("poison");
            assertThat(dead.get(0).value().reason()).contains("not JSON");
        }
    }

    @Test
    void replayAfterACatalogChangeReTagsEveryArticle() throws Exception {
        TestTopics topics = TestTopics.create(2);
        List<SimpleEntry<String, RawArticle>> articles = articles(200);
        Catalog changed = Catalog.parse(bundledJson().replace("\"version\": \"2026.1\"", "\"version\": \"2026.2\"")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(changed.version()).isNotEqualTo(Catalog.bundled().version());
        try (KafkaTestClient client = new KafkaTestClient()) {
            client.sendAll(topics.of(Topics.ARTICLES_RAW), articles);
            AtomicLong lastDone = new AtomicLong();
            AtomicLong total = new AtomicLong();

            Replay.Result result = Replay.run(config(topics), changed, (done, all) -> {
                lastDone.set(done);
                total.set(all);
            }, Duration.ofSeconds(60));

            assertThat(result.complete()).isTrue();
            assertThat(result.records()).isEqualTo(200);
            assertThat(total.get()).isEqualTo(200);
            assertThat(lastDone.get()).isEqualTo(200);
            Map<String, String> versionById = new HashMap<>();
            client.read(topics.of(Topics.ARTICLES_TAGGED), 200, Duration.ofSeconds(20))
                    .forEach(r -> versionById.put(r.key(), r.value().catalog()));
            assertThat(versionById).hasSize(200).allSatisfy((id, version) -> assertThat(version).isEqualTo(changed.version()));
        }
    }

    private static String bundledJson() throws IOException {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
