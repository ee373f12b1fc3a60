package oxidation.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    @Test
    void everyMessageSurvivesARoundTrip() {
        for (Object value : List.of(Samples.source(), Samples.status(), Samples.raw(), Samples.tagged(),
                Samples.event(), Samples.deadLetter())) {
            Object back = JsonCodec.decode(JsonCodec.encode(value), value.getClass());
            assertThat(back).isEqualTo(value);
        }
    }

    @Test
    void aNewerProducersExtraFieldsAreIgnored() throws Exception {
        ObjectNode json = (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(Samples.raw()));
        json.put("schema", 7).put("sentiment", "positive").putObject("future").put("x", 1);

        RawArticle read = JsonCodec.decode(JsonCodec.mapper().writeValueAsBytes(json), RawArticle.class);

        assertThat(read.schema()).isEqualTo(7);
        assertThat(read.id()).isEqualTo(Samples.raw().id());
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws Exception {
        ObjectNode json = (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(Samples.raw()));
        json.remove("canonicalUrl");

        assertThatThrownBy(() -> JsonCodec.decode(JsonCodec.mapper().writeValueAsBytes(json), RawArticle.class))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("canonicalUrl");
    }

    @Test
    void aMissingSchemaVersionIsRejected() throws Exception {
        ObjectNode json = (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(Samples.source()));
        json.remove("schema");

        assertThatThrownBy(() -> JsonCodec.decode(JsonCodec.mapper().writeValueAsBytes(json), Source.class))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("schema");
    }

    @Test
    void notJsonAndWrongShapeGiveClearErrors() {
        assertThatThrownBy(() -> JsonCodec.decode("<rss/>".getBytes(StandardCharsets.UTF_8), RawArticle.class))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> JsonCodec.decode("[1,2]".getBytes(StandardCharsets.UTF_8), RawArticle.class))
                .isInstanceOf(InvalidMessageException.class).hasMessageStartingWith("RawArticle");
        assertThatThrownBy(() -> JsonCodec.decode("{\"schema\":1,\"id\":\"x\",\"url\":\"u\",\"kind\":\"bogus\"}"
                .getBytes(StandardCharsets.UTF_8), Source.class))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("bogus");
        assertThatThrownBy(() -> JsonCodec.decode("null".getBytes(StandardCharsets.UTF_8), Source.class))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void serdeKeepsTombstonesAndNamesTheTopicOnError() {
        JsonSerde<Source> serde = JsonSerde.of(Source.class);
        assertThat(serde.serialize("sources", null)).isNull();
        assertThat(serde.deserialize("sources", null)).isNull();
        assertThatThrownBy(() -> serde.deserialize("sources", "{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageStartingWith("sources:");
    }

    @Test
    void deadLetterKeepsBinaryValuesAsBase64() {
        DeadLetter letter = DeadLetter.of("articles.raw", 1, 2, null, new byte[] {(byte) 0xff, (byte) 0xfe, 0},
                "not UTF-8", "classify", Samples.T);
        assertThat(letter.value()).isNull();
        assertThat(letter.valueBase64()).isEqualTo("//4A");
    }

    @Test
    void kindsUseTheirWireNames() {
        assertThat(JsonCodec.encodeToString(Samples.source())).contains("\"kind\":\"github-releases\"");
        assertThat(SourceKind.fromWireName("github-releases")).isEqualTo(SourceKind.GITHUB_RELEASES);
        assertThatThrownBy(() -> SourceKind.fromWireName("ftp")).hasMessageContaining("feed");
    }
}
