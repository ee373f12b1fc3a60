package oxidation.classify.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import oxidation.testkit.SharedData;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void bundledCatalogHoldsEveryToolOfTheDomainFacts() throws IOException {
        List<String> domainIds = Files.readAllLines(SharedData.path("domain/tools.tsv")).stream()
                .skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t")[0]).toList();

        List<String> rustTools = Catalog.bundled().tools().stream().filter(t -> !t.incumbent()).map(Tool::id).toList();

        assertThat(rustTools).containsExactlyInAnyOrderElementsOf(domainIds);
    }

    @Test
    void tracksIncumbentsWithTheirRelations() {
        Catalog catalog = Catalog.bundled();

        assertThat(catalog.tool("pip")).hasValueSatisfying(pip -> assertThat(pip.incumbent()).isTrue());
        assertThat(catalog.tool("uv").orElseThrow().relations()).contains(new Relation("replaces", "pip"));
        assertThat(catalog.tool("ruff").orElseThrow().relations()).contains(new Relation("replaces", "flake8"));
        assertThat(catalog.tool("polars").orElseThrow().relations()).contains(new Relation("alternative-to", "pandas"));
        assertThat(catalog.tool("pydantic-core").orElseThrow().relations()).contains(new Relation("engine-of", "pydantic"));
        assertThat(catalog.tool("maturin").orElseThrow().role()).isEqualTo("enabler");
    }

    @Test
    void carriesTheFactsOfATool() {
        Tool uv = Catalog.bundled().tool("uv").orElseThrow();

        assertThat(uv.pypi()).isEqualTo("uv");
        assertThat(uv.repository()).isEqualTo("astral-sh/uv");
        assertThat(uv.firstRelease()).isEqualTo("2024-02");
        assertThat(uv.ambiguous()).isTrue();
        assertThat(uv.forms()).contains("uvx");
        assertThat(uv.urls()).contains("github.com/astral-sh/uv");
    }

    @Test
    void versionChangesWhenTheContentChanges() throws IOException {
        String json = bundledJson();
        Catalog same = Catalog.parse(json.getBytes(StandardCharsets.UTF_8));
        Catalog changed = Catalog.parse(json.replace("\"astral-sh/uv\"", "\"astral-sh/uv2\"")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(same.version()).isEqualTo(Catalog.bundled().version()).startsWith("2026.1+");
        assertThat(changed.version()).isNotEqualTo(same.version()).startsWith("2026.1+");
    }

    @Test
    void rejectsARelationToAnUnknownTool() throws IOException {
        String json = bundledJson().replace("\"target\": \"pip\"", "\"target\": \"no-such-tool\"");

        assertThatThrownBy(() -> Catalog.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-tool");
    }

    @Test
    void rejectsAFileThatIsNotACatalog() {
        assertThatThrownBy(() -> Catalog.parse("{\"tools\": 3}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid catalog");
    }

    static String bundledJson() throws IOException {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
