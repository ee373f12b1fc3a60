package oxidation.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.testkit.SharedData;

class SourcesFileTest {

    private static List<Source> parse(String yaml) throws IOException {
        return SourcesFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void readsEverySourceFieldAndAppliesTheDefaultInterval() throws IOException {
        List<Source> sources = parse("""
                defaults:
                  pollInterval: PT2H
                sources:
                  - id: uv-releases
                    url: https://github.com/astral-sh/uv/releases.atom
                    kind: github-releases
                    tool: uv
                  - id: astral-blog
                    url: https://astral.sh/blog/rss.xml
                    kind: feed
                    pollInterval: PT15M
                    enabled: false
                """);
        assertThat(sources).containsExactly(
                new Source(1, "uv-releases", "https://github.com/astral-sh/uv/releases.atom",
                        SourceKind.GITHUB_RELEASES, Duration.ofHours(2), "uv", true),
                new Source(1, "astral-blog", "https://astral.sh/blog/rss.xml", SourceKind.FEED,
                        Duration.ofMinutes(15), null, false));
    }

    @Test
    void leavesTheIntervalToIngestWithoutDefaults() throws IOException {
        assertThat(parse("sources:\n  - {id: a, url: 'https://example.org/feed', kind: feed}\n"))
                .singleElement().extracting(Source::pollInterval).isNull();
    }

    @Test
    void namesTheEntryAndFieldOfAnError() {
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, url: 'https://x.org/f', kind: feed}\n"
                + "  - {id: b, url: 'https://x.org/g', kind: podcast}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.yaml: source 2 ('b'): unknown source kind 'podcast'");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, kind: feed}\n"))
                .hasMessage("test.yaml: source 1 ('a'): missing required field 'url'");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, url: 'ftp://x.org/f', kind: feed}\n"))
                .hasMessage("test.yaml: source 1 ('a'): not an http(s) URL: 'ftp://x.org/f'");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, url: 'https://x.org/f', kind: feed, pollInterval: 5m}\n"))
                .hasMessageContaining("'5m' is not an ISO-8601 duration");
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, url: 'https://x.org/f', kind: feed, colour: red}\n"))
                .hasMessageContaining("not a sources file").hasMessageContaining("colour");
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> parse("sources:\n  - {id: a, url: 'https://x.org/f', kind: feed}\n"
                + "  - {id: a, url: 'https://x.org/g', kind: feed}\n"))
                .hasMessage("test.yaml: source 2: duplicate id 'a'");
    }

    @Test
    void writesWhatItReads() throws IOException {
        List<Source> sources = List.of(
                new Source(1, "ruff-changelog", "https://raw.githubusercontent.com/astral-sh/ruff/main/CHANGELOG.md",
                        SourceKind.CHANGELOG, Duration.ofHours(6), "ruff", true),
                new Source(1, "old", "https://example.org/rss", SourceKind.FEED, null, null, false));
        assertThat(parse(SourcesFile.write(sources))).isEqualTo(sources);
    }

    @Test
    void defaultSourcesFollowEveryToolOnGithubAndPypi() throws IOException {
        List<Source> defaults = SourcesFile.defaults();
        Map<String, Source> byId = defaults.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        List<String[]> tools = Files.readAllLines(SharedData.path("domain/tools.tsv")).stream().skip(1)
                .map(line -> line.split("\t", -1)).toList();
        assertThat(tools).hasSizeGreaterThan(40);
        for (String[] tool : tools) {
            String id = tool[0];
            if (!tool[4].isEmpty()) {
                assertThat(byId.get(id + "-github-releases")).as(id).isNotNull().satisfies(s -> {
                    assertThat(s.url()).isEqualTo("https://github.com/" + tool[4] + "/releases.atom");
                    assertThat(s.kind()).isEqualTo(SourceKind.GITHUB_RELEASES);
                    assertThat(s.tool()).isEqualTo(id);
                });
            }
            if (!tool[3].isEmpty()) {
                assertThat(byId.get(id + "-pypi")).as(id).isNotNull().satisfies(s -> {
                    assertThat(s.url()).isEqualTo("https://pypi.org/rss/project/" + tool[3] + "/releases.xml");
                    assertThat(s.tool()).isEqualTo(id);
                });
            }
        }
        assertThat(defaults).filteredOn(s -> s.kind() == SourceKind.FEED).extracting(Source::id)
                .contains("astral-blog", "polars-blog", "pydantic-articles");
        assertThat(defaults.stream().map(Source::kind).collect(Collectors.toSet()))
                .isEqualTo(Set.of(SourceKind.values()));
    }
}
