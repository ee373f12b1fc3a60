package oxidation.ingest.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import oxidation.testkit.SharedData;

/**
 * Every changelog fixture against expectations read from the files by hand and with grep (version
 * headings outside code fences, "Released on" lines, dated headings), not from this parser's output.
 */
class ChangelogFixturesTest {

    private static Changelog parse(String file) throws IOException {
        return Changelog.parse(Files.readString(SharedData.path("fixtures/changelogs/" + file)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // file                  | versions | dated | first       | first date | last            | last date
        "cryptography.rst        | 137 | 137 | 44.0.2   | 2025-03-01 | 0.1            | 2014-01-08",
        "maturin.md              | 162 | 109 | 1.14.1   | -          | 0.1.0          | 2018-08-22",
        "orjson.md               | 148 | 148 | 3.11.8   | 2026-03-31 | 1.0.0          | 2018-11-23",
        "polars.md               | 0   | 0   | -        | -          | -              | -",
        "pydantic.md             | 192 | 192 | 2.14.0b1 | 2026-08-06 | 0.1.0          | 2017-06-03",
        "pyo3.md                 | 104 | 104 | 0.29.2   | 2026-08-05 | 0.1.0          | 2017-07-23",
        "ruff-0.1.x.md           | 16  | 0   | 0.1.0    | -          | 0.1.15         | -",
        "ruff-0.2.x.md           | 3   | 0   | 0.2.0    | -          | 0.2.2          | -",
        "ruff-0.3.x.md           | 8   | 0   | 0.3.0    | -          | 0.3.7          | -",
        "ruff-0.4.x.md           | 11  | 0   | 0.4.0    | -          | 0.4.10         | -",
        "ruff-0.5.x.md           | 8   | 0   | 0.5.0    | -          | 0.5.7          | -",
        "ruff-0.6.x.md           | 10  | 0   | 0.6.0    | -          | 0.6.9          | -",
        "ruff-0.7.x.md           | 5   | 0   | 0.7.0    | -          | 0.7.4          | -",
        "ruff-0.8.x.md           | 7   | 0   | 0.8.0    | -          | 0.8.6          | -",
        "ruff-0.9.x.md           | 11  | 0   | 0.9.0    | -          | 0.9.10         | -",
        "ruff-0.10.x.md          | 1   | 0   | 0.10.0   | -          | 0.10.0         | -",
        "ruff-0.11.x.md          | 14  | 0   | 0.11.0   | -          | 0.11.13        | -",
        "ruff-0.12.x.md          | 13  | 0   | 0.12.0   | -          | 0.12.12        | -",
        "ruff-0.13.x.md          | 4   | 3   | 0.13.0   | -          | 0.13.3         | 2025-10-02",
        "ruff-0.14.x.md          | 15  | 15  | 0.14.0   | 2025-10-07 | 0.14.14        | 2026-01-22",
        "ruff-0.15.x.md          | 23  | 23  | 0.15.0   | 2026-02-03 | 0.15.22        | 2026-07-16",
        "ruff-BREAKING_CHANGES.md| 32  | 0   | 0.16.0   | -          | 0.0.178        | -",
        "ruff.md                 | 5   | 5   | 0.16.4   | 2026-08-20 | 0.16.0         | 2026-07-23",
        "rust-numpy.md           | 42  | 0   | 0.28.0   | -          | 0.1.0          | -",
        "setuptools-rust.md      | 64  | 64  | 1.13.0   | 2026-06-27 | 0.1            | 2017-03-08",
        "tiktoken.md             | 20  | 0   | 0.14.0   | -          | 0.1.1          | -",
        "tokenizers-python.md    | 31  | 0   | 0.13.2   | -          | 0.2.1          | -",
        "tokenizers-rust.md      | 13  | 0   | 0.13.2   | -          | 0.8.0          | -",
        "ty.md                   | 109 | 87  | 0.0.74   | 2026-08-22 | 0.0.0-alpha.8  | -",
        "uv-0.1.x.md             | 45  | 0   | 0.1.1    | -          | 0.1.45         | -",
        "uv-0.2.x.md             | 38  | 0   | 0.2.0    | -          | 0.2.37         | -",
        "uv-0.3.x.md             | 6   | 0   | 0.3.0    | -          | 0.3.5          | -",
        "uv-0.4.x.md             | 31  | 0   | 0.4.0    | -          | 0.4.30         | -",
        "uv-0.5.x.md             | 32  | 0   | 0.5.0    | -          | 0.5.31         | -",
        "uv-0.6.x.md             | 18  | 0   | 0.6.0    | -          | 0.6.17         | -",
        "uv-0.7.x.md             | 23  | 0   | 0.7.0    | -          | 0.7.22         | -",
        "uv-0.8.x.md             | 25  | 8   | 0.8.0    | -          | 0.8.24         | 2025-10-06",
        "uv-0.9.x.md             | 31  | 31  | 0.9.0    | 2025-10-07 | 0.9.30         | 2026-02-04",
        "uv-0.10.x.md            | 13  | 12  | 0.10.0   | -          | 0.10.12        | 2026-03-19",
        "uv-0.11.x.md            | 34  | 34  | 0.11.0   | 2026-03-23 | 0.11.33        | 2026-07-28",
        "uv.md                   | 6   | 6   | 0.12.5   | 2026-08-14 | 0.12.0         | 2026-07-28",
    })
    void findsEveryVersionAndItsDate(String file, int versions, int dated, String first, LocalDate firstDate,
            String last, LocalDate lastDate) throws IOException {
        List<ChangelogRelease> releases = parse(file).releases();

        assertThat(releases).hasSize(versions);
        assertThat(releases.stream().filter(r -> r.date() != null)).hasSize(dated);
        if (versions > 0) {
            assertThat(releases.get(0).version()).isEqualTo(first);
            assertThat(releases.get(0).date()).isEqualTo(firstDate);
            assertThat(releases.get(versions - 1).version()).isEqualTo(last);
            assertThat(releases.get(versions - 1).date()).isEqualTo(lastDate);
        }
    }

    @Test
    void keepsAVersionListedTwiceAsWritten() throws IOException {
        assertThat(parse("maturin.md").releases()).filteredOn(r -> r.version().equals("0.7.3")).hasSize(2);
    }

    @Test
    void coversEveryChangelogFixture() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.path("fixtures/changelogs"))) {
            assertThat(files.count()).isEqualTo(41);
        }
    }

    @Test
    void readsDatesFromTheMiddleOfLongChangelogs() throws IOException {
        assertThat(version(parse("maturin.md"), "1.6.0").date()).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(version(parse("pyo3.md"), "0.2.3").date()).isEqualTo(LocalDate.of(2017, 11, 27));
        assertThat(version(parse("uv-0.8.x.md"), "0.8.17").date()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(version(parse("ruff-0.13.x.md"), "0.13.1").date()).isEqualTo(LocalDate.of(2025, 9, 18));
        assertThat(version(parse("pydantic.md"), "2.13.0b3").date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(version(parse("cryptography.rst"), "42.0.8").date()).isEqualTo(LocalDate.of(2024, 6, 4));
    }

    @Test
    void flagsPreReleases() throws IOException {
        assertThat(parse("pydantic.md").releases().stream().filter(ChangelogRelease::prerelease)).hasSize(33);
        assertThat(parse("ty.md").releases().stream().filter(ChangelogRelease::prerelease)).hasSize(36);
        assertThat(version(parse("pyo3.md"), "0.21.0-beta.0").prerelease()).isTrue();
        assertThat(version(parse("pydantic.md"), "2.13.4").prerelease()).isFalse();
    }

    @Test
    void flagsYankedReleasesInHeadingsAndNotes() throws IOException {
        assertThat(yanked(parse("cryptography.rst"))).containsExactly("38.0.2", "37.0.3");
        assertThat(yanked(parse("tokenizers-python.md"))).containsExactly("0.12.0");
        assertThat(yanked(parse("maturin.md"))).containsExactly("1.11.0");
        assertThat(yanked(parse("pyo3.md"))).containsExactly("0.5.1");
    }

    @Test
    void skipsUnreleasedSectionsAndVersionIndexes() throws IOException {
        assertThat(parse("cryptography.rst").releases()).extracting(ChangelogRelease::version).doesNotContain("45.0.0");
        assertThat(parse("ruff.md").releases()).extracting(ChangelogRelease::version).noneMatch(v -> v.endsWith("x"));
        assertThat(parse("rust-numpy.md").releases().get(0).notes()).doesNotContain("Unreleased");
    }

    @Test
    void keepsTheNotesOfEachRelease() throws IOException {
        ChangelogRelease latest = parse("uv.md").releases().get(0);

        assertThat(latest.notes()).startsWith("Released on 2026-08-14.").contains("### Python")
                .doesNotContain("## 0.12.4");
    }

    @Test
    void takesTheTagFromKeepAChangelogLinks() throws IOException {
        assertThat(version(parse("pyo3.md"), "0.1.0").tag()).isEqualTo("v0.1.0");
        assertThat(version(parse("pydantic.md"), "2.14.0b1").tag()).isEqualTo("v2.14.0b1");
    }

    private static ChangelogRelease version(Changelog changelog, String version) {
        return changelog.releases().stream().filter(r -> r.version().equals(version)).findFirst().orElseThrow();
    }

    private static List<String> yanked(Changelog changelog) {
        return changelog.releases().stream().filter(ChangelogRelease::yanked).map(ChangelogRelease::version)
                .filter(Objects::nonNull).toList();
    }
}
