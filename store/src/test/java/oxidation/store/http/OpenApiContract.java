package oxidation.store.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Checks real answers against the schemas of the store's openapi.json. */
final class OpenApiContract {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));

    private final JsonNode document;

    OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.json")) {
            document = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Asserts that a JSON body is what the document promises for this path template and status. */
    void assertConforms(String pathTemplate, int status, String body) {
        String responsePointer = "/paths/" + escape(pathTemplate) + "/get/responses/" + status;
        JsonNode response = document.at(responsePointer);
        assertThat(response.isMissingNode()).as("the contract declares %s %s", pathTemplate, status).isFalse();
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
        }
        String schemaPointer = responsePointer + "/content/application~1json/schema";
        assertThat(document.at(schemaPointer).isMissingNode()).as("a JSON schema for %s %s", pathTemplate, status)
                .isFalse();
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:openapi.json#" + schemaPointer));
        Set<ValidationMessage> problems = schema.validate(body, InputFormat.JSON);
        assertThat(problems).as("%s %s answered %s", pathTemplate, status, body.length() > 2000
                ? body.substring(0, 2000) + "..." : body).isEmpty();
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
