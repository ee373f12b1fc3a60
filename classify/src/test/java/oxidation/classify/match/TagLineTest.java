package oxidation.classify.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import oxidation.classify.catalog.Catalog;
import org.junit.jupiter.api.Test;

class TagLineTest {

    @Test
    void writesOneJsonLinePerInputWithToolsEvidenceRelevanceAndCatalog() throws Exception {
        TagResult result = Tagger.of(Catalog.bundled()).tag("Speed\n\norjson is a JSON library written in Rust.");

        String line = TagLine.of("post.md", result);
        JsonNode json = new ObjectMapper().readTree(line);

        assertThat(line).doesNotContain("\n");
        assertThat(json.get("file").asText()).isEqualTo("post.md");
        assertThat(json.get("tools").get(0).get("id").asText()).isEqualTo("orjson");
        assertThat(json.get("tools").get(0).get("mentions").asInt()).isEqualTo(1);
        assertThat(json.get("tools").get(0).get("evidence").get(0).get("start").asInt()).isEqualTo(7);
        assertThat(json.get("rust_in_python").asBoolean()).isTrue();
        assertThat(json.get("catalog").asText()).isEqualTo(Catalog.bundled().version());
    }
}
