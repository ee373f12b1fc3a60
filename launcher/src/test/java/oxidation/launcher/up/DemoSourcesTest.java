package oxidation.launcher.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoSourcesTest {

    @Test
    void everyBundledChangelogIsPackagedAndBelongsToACatalogTool() {
        for (String file : DemoSources.FILES) {
            assertThat(DemoSources.class.getResource("/demo/changelogs/" + file)).as(file).isNotNull();
            String tool = DemoSources.toolOf(file);
            assertThat(oxidation.classify.catalog.Catalog.bundled().tool(tool)).as(file + " -> " + tool).isPresent();
        }
    }

    @Test
    void everyBundledChangelogDatesEveryRelease() throws Exception {
        for (String file : DemoSources.FILES) {
            try (var in = DemoSources.class.getResourceAsStream("/demo/changelogs/" + file)) {
                var releases = oxidation.ingest.changelog.Changelog.parse(
                        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).releases();
                assertThat(releases).as(file).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.date()).as(file + " " + r.version()).isNotNull());
            }
        }
    }

    @Test
    void mapsFileNamesToTools() {
        assertThat(DemoSources.toolOf("uv-0.10.x.md")).isEqualTo("uv");
        assertThat(DemoSources.toolOf("ruff.md")).isEqualTo("ruff");
        assertThat(DemoSources.toolOf("pydantic.md")).isEqualTo("pydantic-core");
        assertThat(DemoSources.toolOf("tokenizers-python.md")).isEqualTo("tokenizers");
        assertThat(DemoSources.toolOf("setuptools-rust.md")).isEqualTo("setuptools-rust");
        assertThat(DemoSources.toolOf("rust-numpy.md")).isEqualTo("rust-numpy");
        assertThatThrownBy(() -> DemoSources.toolOf("notes.txt")).isInstanceOf(IllegalArgumentException.class);
    }
}
