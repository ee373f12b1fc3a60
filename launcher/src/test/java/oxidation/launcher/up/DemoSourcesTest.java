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
