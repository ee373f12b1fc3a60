package oxidation.classify.match;

import static org.assertj.core.api.Assertions.assertThat;

import oxidation.classify.catalog.Catalog;
import oxidation.events.Evidence;
import oxidation.events.Tag;
import org.junit.jupiter.api.Test;

class TaggerTest {

    private static final Tagger TAGGER = Tagger.of(Catalog.bundled());

    private static TagResult tag(String text) {
        return TAGGER.tag(text);
    }

    @Test
    void dropsUvWhenItMeansUltraviolet() {
        TagResult result = tag("Beach day\n\nThe UV index peaks at 9; UV-B burns, so wear SPF 50 against UV rays.");

        assertThat(result.toolIds()).doesNotContain("uv");
        assertThat(result.rustInPython()).isFalse();
    }

    @Test
    void tagsUvxAsUv() {
        assertThat(tag("Try it\n\nRun `uvx ruff check .` in any repo.").toolIds()).contains("uv", "ruff");
    }

    @Test
    void dropsUvInsideUvicornUvloopAndLibuv() {
        assertThat(tag("Serving\n\nuvicorn runs on uvloop, which wraps libuv.").toolIds()).doesNotContain("uv");
    }

    @Test
    void dropsUvGluedToAnotherIdentifier() {
        TagResult result = tag("Blender\n\nbpy.ops.uv.smart_project() and see weather.example.org/uv-index-hourly");

        assertThat(result.toolIds()).doesNotContain("uv");
    }

    @Test
    void keepsUvTheInstallerInProse() {
        assertThat(tag("Moving on\n\nWe replaced pip with uv, the Rust-based package manager.").toolIds())
                .contains("uv", "pip");
    }

    @Test
    void keepsPolarsInImportStatement() {
        assertThat(tag("Analysis\n\n```python\nimport polars as pl\ndf = pl.read_csv('x.csv')\n```").toolIds())
                .containsExactly("polars");
    }

    @Test
    void dropsPolarBears() {
        assertThat(tag("Arctic\n\nPolar bears hunt seals on the sea ice; polar regions warm fast.").tags()).isEmpty();
    }

    @Test
    void tagsRuffCheckButNotTheBird() {
        assertThat(tag("Lint\n\nRun ruff check --fix before pushing.").toolIds()).containsExactly("ruff");
        assertThat(tag("Birding\n\nThree Ruff on the scrape, the male showing his collar.").tags()).isEmpty();
    }

    @Test
    void tagsTyTheTypeCheckerButNotThankYou() {
        assertThat(tag("chat\n\n[09:22] mara: ty!\n[09:41] jon: python -m pytest -x\n[09:42] priya: ty ty").tags())
                .isEmpty();
        assertThat(tag("chat\n\nhave you tried ty, astral's type checker? `ty check src` is quick").toolIds())
                .contains("ty");
    }

    @Test
    void tagsCryptographyThePackageButNotTheField() {
        assertThat(tag("Secrets\n\nfrom cryptography.fernet import Fernet").toolIds()).containsExactly("cryptography");
        assertThat(tag("Essay\n\nPost-quantum cryptography is a migration problem for every organisation.").tags())
                .isEmpty();
    }

    @Test
    void tagsPlainPydanticUsageAsPydanticCore() {
        TagResult result = tag("Webhooks\n\nfrom pydantic import BaseModel\nclass Event(BaseModel):\n    id: int");

        assertThat(result.toolIds()).containsExactly("pydantic-core");
        assertThat(result.rustInPython()).isFalse();
    }

    @Test
    void dropsPydanticWhenTheTextIsAboutV1Only() {
        assertThat(tag("Legacy\n\nWe pin `pydantic<2`.\nfrom pydantic import BaseSettings, validator").toolIds())
                .doesNotContain("pydantic-core");
    }

    @Test
    void tagsAToolNamedOnlyByItsRepositoryUrl() {
        TagResult result = tag("Links\n\n- https://github.com/astral-sh/ruff/releases\n- https://github.com/ijl/orjson");

        assertThat(result.toolIds()).containsExactly("ruff", "orjson");
        assertThat(result.tags()).allSatisfy(t -> assertThat(t.rule()).isEqualTo("url"));
    }

    @Test
    void dropsAUrlThatOnlyContainsTheLetters() {
        assertThat(tag("Bears\n\nSee https://polarsbear.org/uv-index-forecast for more.").tags()).isEmpty();
    }

    @Test
    void matchesFormsAcrossCaseAndLineBreaks() {
        assertThat(tag("Setup\n\nthen UV\n   PIP install -r requirements.txt").toolIds()).contains("uv");
    }

    @Test
    void alwaysTagsAReleaseArticleWithItsTool() {
        TagResult result = TAGGER.tag(Articles.release("https://github.com/astral-sh/uv/releases/tag/0.9.0", "uv",
                "0.9.0", "0.9.0", "Bug fixes and faster resolution."));

        assertThat(result.toolIds()).contains("uv");
        assertThat(result.tags().get(0).rule()).isEqualTo("release-notes");
        assertThat(result.rustInPython()).isTrue();
    }

    @Test
    void pointsEvidenceAtTheMention() {
        String text = "Speed\n\nWe moved JSON encoding to orjson last week and then to orjson 3.10.";
        Tag tag = tag(text).tags().get(0);

        assertThat(tag.tool()).isEqualTo("orjson");
        assertThat(tag.mentions()).isEqualTo(2);
        Evidence first = tag.evidence().get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("orjson");
        assertThat(first.snippet()).contains("JSON encoding to orjson");
        assertThat(tag.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void keepsAtMostThreeEvidenceSnippets() {
        Tag tag = tag("t\n\norjson orjson orjson orjson orjson").tags().get(0);

        assertThat(tag.mentions()).isEqualTo(5);
        assertThat(tag.evidence()).hasSize(3);
    }

    @Test
    void tracksIncumbentsForCoMentions() {
        assertThat(tag("Lint\n\nWe replaced flake8, isort and black with Ruff, a linter written in Rust.").toolIds())
                .contains("ruff", "flake8", "isort");
    }

    @Test
    void marksAnArticleAboutARustExtensionAsRustInPython() {
        TagResult result = tag("Thread\n\nwe rewrote the hot loop as a rust extension module imported from python");

        assertThat(result.tags()).isEmpty();
        assertThat(result.rustInPython()).isTrue();
    }

    @Test
    void doesNotMarkRustTheGameAsRustInPython() {
        assertThat(tag("Wipe day\n\nMy python bot posts our Rust server's wipe countdown (the game, not the language)")
                .rustInPython()).isFalse();
    }

    @Test
    void doesNotMarkACrateOnlyUseAsRustInPython() {
        TagResult result = tag("CLI\n\nUsing the polars crate in Rust: `cargo add polars`, then fn main() {}");

        assertThat(result.toolIds()).containsExactly("polars");
        assertThat(result.rustInPython()).isFalse();
    }

    @Test
    void carriesTheCatalogVersion() {
        assertThat(tag("nothing here").catalog()).isEqualTo(Catalog.bundled().version());
    }

    @Test
    void readsFullWidthAndComposedTextThroughUnicodeNormalisation() {
        assertThat(tag("ｔ\n\nＯＲＪＳＯＮ is fast").toolIds()).containsExactly("orjson");
    }
}
