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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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

    @Test
    void copiesTheRawArticleIntoTheTaggedRecordAsItCame() {
        RawArticle article = article("https://example.org/ruff", "Ruff 0.9", "ruff check --fix, the Rust linter");
        String json = JsonCodec.encodeToString(article);
        // a newer producer's field and its own spacing: both reach the tagged record untouched
        byte[] value = ("  " + json.substring(0, json.length() - 1) + ", \"addedLater\": [1, 2]}\n")
                .getBytes(StandardCharsets.UTF_8);
        raw.pipeInput(article.id(), value);

        var bytes = driver.createOutputTopic(PREFIX + Topics.ARTICLES_TAGGED.name(), new StringDeserializer(),
                new ByteArrayDeserializer()).readValue();
        String out = new String(bytes, StandardCharsets.UTF_8);
        assertThat(out).contains("\"article\":" + new String(value, StandardCharsets.UTF_8) + ",");
        TaggedArticle decoded = JsonCodec.decode(bytes, TaggedArticle.class);
        assertThat(decoded.article()).isEqualTo(article);
        assertThat(decoded.tags()).extracting(t -> t.tool()).containsExactly("ruff");
        assertThat(decoded.catalog()).isEqualTo(Catalog.bundled().version());
        assertThat(decoded.tagged()).isEqualTo(NOW);
        assertThat(decoded.rustInPython()).isTrue();
        assertThat(decoded.relevance()).isPositive();
        String head = "{\"article\":" + new String(value, StandardCharsets.UTF_8);
        assertThat(out).startsWith(head);
        assertThat(out.substring(head.length())).containsOnlyOnce("\"schema\":1");
    }

    @Test
    void encodesAnArticleReadFromUtf16AnewAsUtf8() {
        RawArticle article = article("https://example.org/polars", "Polars", "import polars as pl – naïve");
        raw.pipeInput(article.id(), JsonCodec.encodeToString(article).getBytes(StandardCharsets.UTF_16BE));

        var bytes = driver.createOutputTopic(PREFIX + Topics.ARTICLES_TAGGED.name(), new StringDeserializer(),
                new ByteArrayDeserializer()).readValue();
        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(JsonCodec.decode(bytes, TaggedArticle.class).article()).isEqualTo(article);
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void sendsARecordWithAnythingAfterItsJsonToTheDeadLetterTopic() {
        RawArticle article = article("https://example.org/uv2", "uv", "uv pip install");
        raw.pipeInput(article.id(), (JsonCodec.encodeToString(article) + " {\"x\":1}").getBytes(StandardCharsets.UTF_8));

        assertThat(dlq.readValue().reason()).contains("RawArticle");
        assertThat(tagged.isEmpty()).isTrue();
    }
}
