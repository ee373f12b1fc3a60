package oxidation.ingest.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReleaseVersionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "v0.5.0|0.5.0", "uv 0.13.0rc1 (preview)|0.13.0rc1", "py-1.2.0|1.2.0", "Release 2.14.0b1|2.14.0b1",
        "0.21.0-beta.0|0.21.0-beta.0", "0.15.x|-", "Nightly build|-", "Python 3 support|-", "1.0.0+build.5|1.0.0+build.5",
        "version 3.11.8.|3.11.8"})
    void findsTheVersionInATitleOrTag(String text, String version) {
        assertThat(ReleaseVersion.find(text)).isEqualTo(version);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2.14.0b1|true", "0.13.0rc1|true", "0.0.1-alpha.35|true", "0.21.0-beta.0|true", "1.0.0.dev3|true",
        "3.11.8|false", "1.0.0.post1|false", "0.0.74|false", "1.0.0+abc|false"})
    void flagsPreReleaseParts(String version, boolean prerelease) {
        assertThat(ReleaseVersion.isPrerelease(version)).isEqualTo(prerelease);
    }

    @Test
    void readsTheVersionOfAGithubReleasePage() {
        assertThat(ReleaseVersion.fromTagUrl("https://github.com/astral-sh/ruff/releases/tag/v0.16.4")).isEqualTo("0.16.4");
        assertThat(ReleaseVersion.fromTagUrl("https://github.com/pola-rs/polars/releases/tag/py-1.2.0")).isEqualTo("1.2.0");
        assertThat(ReleaseVersion.fromTagUrl("https://github.com/a/b/releases")).isNull();
    }
}
