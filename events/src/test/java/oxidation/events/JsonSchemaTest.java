package oxidation.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static final Map<Topic<?, ?>, Object> SAMPLE_PER_TOPIC = Map.of(
            Topics.SOURCES, Samples.source(),
            Topics.SOURCES_STATUS, Samples.status(),
            Topics.ARTICLES_RAW, Samples.raw(),
            Topics.ARTICLES_TAGGED, Samples.tagged(),
            Topics.TREND_EVENTS, Samples.event(),
            Topics.ARTICLES_RAW_DLQ, Samples.deadLetter());

    @Test
    void everyTopicHasASchemaAndItsRecordsValidate() throws Exception {
        for (Topic<?, ?> topic : Topics.ALL) {
            JsonSchema schema = schemaOf(topic);
            Object sample = SAMPLE_PER_TOPIC.entrySet().stream()
                    .filter(e -> ((JsonSerde<?>) e.getKey().valueSerde()).type()
                            == ((JsonSerde<?>) topic.valueSerde()).type())
                    .findFirst().orElseThrow().getValue();
            JsonNode json = JsonCodec.mapper().readTree(JsonCodec.encode(sample));
            assertThat(schema.validate(json)).as(topic.name()).isEmpty();
        }
    }

    @Test
    void schemasCatchWhatTheRecordsForbid() throws Exception {
        ObjectNode json = (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(Samples.tagged()));
        json.remove("catalog");
        ((ObjectNode) json.get("tags").get(0)).put("confidence", 1.5);

        Set<ValidationMessage> errors = schemaOf(Topics.ARTICLES_TAGGED).validate(json);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("catalog"))
                .anySatisfy(m -> assertThat(m).contains("confidence"));
    }

    private static JsonSchema schemaOf(Topic<?, ?> topic) throws Exception {
        String file = topic.name().endsWith(".dlq") ? "dlq" : topic.name();
        try (InputStream in = Topics.class.getResourceAsStream("/schemas/" + file + ".schema.json")) {
            assertThat(in).as("schema of " + topic.name()).isNotNull();
            return FACTORY.getSchema(in);
        }
    }
}
