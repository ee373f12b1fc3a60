package oxidation.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import oxidation.events.SourceKind;
import oxidation.testkit.SharedData;

class FeedParseCommandSupportTest {

    @Test
    void describesAFeedFileWithItsNormalisedEntries() throws Exception {
        Path file = SharedData.path("fixtures/feeds/wellformed/rome-modules-xml-slashdot.xml");

        ObjectNode described = FeedParseCommandSupport.describe(file);

        assertThat(described.path("file").asText()).isEqualTo(file.toString());
        assertThat(described.path("title").asText()).isEqualTo("Slashdot");
        assertThat(described.path("format").asText()).isEqualTo("rss-1.0");
        assertThat(described.path("entries")).hasSize(10);
        assertThat(described.path("entries").get(0).path("published").asText()).isEqualTo("2005-11-20T00:43:00Z");
        assertThat(described.path("entries").get(0).path("id").asText()).hasSize(32);
        assertThat(new ObjectMapper().writeValueAsString(described)).doesNotContain("\n");
        assertThat(FeedParseCommandSupport.failed(described)).isFalse();
    }

    @Test
    void givesAnErrorLineForAnInputThatFails() {
        ObjectNode html = FeedParseCommandSupport.describe(SharedData.path("fixtures/feeds/malformed/rome-modules-2.rss"));
        ObjectNode missing = FeedParseCommandSupport.describe(Path.of("no-such-feed.xml"));

        assertThat(html.path("error").asText()).contains("HTML page");
        assertThat(missing.path("error").asText()).startsWith("cannot read file");
        assertThat(List.of(html, missing)).allMatch(FeedParseCommandSupport::failed);
    }

    @Test
    void describesEveryFixtureWithoutThrowing() {
        List<Path> files = new java.util.ArrayList<>(FeedFixtures.files("wellformed"));
        files.addAll(FeedFixtures.files("malformed"));

        List<ObjectNode> lines = files.stream().map(FeedParseCommandSupport::describe).toList();

        assertThat(lines).hasSize(87).filteredOn(FeedParseCommandSupport::failed).hasSize(2);
    }

    @Test
    void describesAFetchedChangelogByUrl() {
        ObjectNode described = FeedParseCommandSupport.describe(URI.create("https://raw.githubusercontent.com/a/b/main/CHANGES.md"),
                SourceKind.CHANGELOG, "## 1.0.0rc1 (2025-01-01)\n\nFirst.\n".getBytes(StandardCharsets.UTF_8), "text/plain");

        assertThat(described.path("url").asText()).endsWith("CHANGES.md");
        assertThat(described.path("entries").get(0).path("url").asText())
                .isEqualTo("https://github.com/a/b/releases/tag/1.0.0rc1");
        assertThat(described.path("entries").get(0).path("release").path("prerelease").asBoolean()).isTrue();
    }
}
