package oxidation.classify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import oxidation.classify.catalog.Catalog;
import oxidation.classify.match.Tagger;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.DeadLetter;
import oxidation.events.JsonCodec;
import oxidation.events.RawArticle;
import oxidation.events.TaggedArticle;
import oxidation.events.Topics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassifyTopologyTest {

    private static final String PREFIX = "test.";
    private static final Instant NOW = Instant.parse("2025-07-01T12:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, TaggedArticle> tagged;
    private TestOutputTopic<String, DeadLetter> dlq;

    @BeforeEach
    void setUp() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "classify-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(ClassifyTopology.build(Tagger.of(Catalog.bundled()), PREFIX,
                Clock.fixed(NOW, ZoneOffset.UTC)), props);
        raw = driver.createInputTopic(PREFIX + Topics.ARTICLES_RAW.name(), new StringSerializer(), new ByteArraySerializer());
        var taggedTopic = Topics.ARTICLES_TAGGED.withPrefix(PREFIX);
        tagged = driver.createOutputTopic(taggedTopic.name(), taggedTopic.keySerde().deserializer(),
                taggedTopic.valueSerde().deserializer());
        var dlqTopic = Topics.ARTICLES_RAW_DLQ.withPrefix(PREFIX);
        dlq = driver.createOutputTopic(dlqTopic.name(), dlqTopic.keySerde().deserializer(),
                dlqTopic.valueSerde().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    static RawArticle article(String url, String title, String text) {
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), "blog", ArticleKind.POST,
                title, null, null, null, NOW, null, text, "en", null);
    }

    private void send(RawArticle article) {
        raw.pipeInput(article.id(), JsonCodec.encode(article));
    }

    @Test
    void writesEveryArticleTaggedOrNotKeyedByArticleId() {
        RawArticle aboutUv = article("https://example.org/uv", "Moving to uv", "We replaced pip with uv, written in Rust.");
        RawArticle aboutBread = article("https://example.org/rye", "Rye bread", "A dark rye sourdough, 70% rye flour.");
        send(aboutUv);
        send(aboutBread);

        var out = tagged.readKeyValuesToMap();

        assertThat(out).containsOnlyKeys(aboutUv.id(), aboutBread.id());
        TaggedArticle uv = out.get(aboutUv.id());
        assertThat(uv.tags()).extracting(t -> t.tool()).contains("uv");
        assertThat(uv.rustInPython()).isTrue();
        assertThat(uv.catalog()).isEqualTo(Catalog.bundled().version());
        assertThat(uv.tagged()).isEqualTo(NOW);
        assertThat(uv.article()).isEqualTo(aboutUv);
        assertThat(out.get(aboutBread.id()).tags()).isEmpty();
        assertThat(out.get(aboutBread.id()).rustInPython()).isFalse();
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void sendsARecordThatIsNotJsonToTheDeadLetterTopicAndGoesOn() {
        raw.pipeInput("poison", "not json at all".getBytes(StandardCharsets.UTF_8));
        RawArticle after = article("https://example.org/after", "orjson", "orjson is fast");
        send(after);

        DeadLetter letter = dlq.readValue();
        assertThat(letter.key()).isEqualTo("poison");
        assertThat(letter.value()).isEqualTo("not json at all");
        assertThat(letter.reason()).contains("not JSON");
        assertThat(letter.service()).isEqualTo("classify");
        assertThat(letter.topic()).isEqualTo(PREFIX + "articles.raw");
        assertThat(tagged.readKeyValuesToMap()).containsOnlyKeys(after.id());
    }

    @Test
    void sendsARecordMissingARequiredFieldToTheDeadLetterTopic() {
        raw.pipeInput("no-title", "{\"schema\":1,\"id\":\"x\",\"url\":\"https://e.org/x\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(dlq.readValue().reason()).contains("RawArticle");
        assertThat(tagged.isEmpty()).isTrue();
    }

    @Test
    void keepsBytesThatAreNotUtf8InBase64() {
        raw.pipeInput("binary", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});

        DeadLetter letter = dlq.readValue();
        assertThat(letter.value()).isNull();
        assertThat(letter.valueBase64()).isEqualTo("//4A");
    }

    @Test
    void passesADeletionOnToTheTaggedTopic() {
        raw.pipeInput("gone", (byte[]) null);

        var record = tagged.readRecord();
        assertThat(record.key()).isEqualTo("gone");
        assertThat(record.value()).isNull();
    }
}
