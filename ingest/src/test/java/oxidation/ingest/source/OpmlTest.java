package oxidation.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import oxidation.events.Source;
import oxidation.events.SourceKind;

class OpmlTest {

    private static List<Source> read(String xml) throws IOException {
        return Opml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void importsEveryOutlineWithAFeedUrlIncludingNestedOnes() throws IOException {
        List<Source> sources = read("""
                <?xml version="1.0"?>
                <opml version="1.0"><head><title>My feeds</title></head><body>
                  <outline text="Rust &amp; Python">
                    <outline text="Astral Blog" type="rss" xmlUrl="https://astral.sh/blog/rss.xml"/>
                    <outline title="Polars" text="ignored" type="rss" xmlUrl="https://pola.rs/posts/rss.xml"/>
                  </outline>
                  <outline text="Astral Blog" type="rss" xmlUrl="https://astral.sh/other.xml"/>
                  <outline type="rss" xmlUrl="https://example.org/feeds/all.atom"/>
                  <outline text="a folder without a feed"/>
                </body></opml>
                """);
        assertThat(sources).extracting(Source::id, Source::url, Source::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("astral-blog", "https://astral.sh/blog/rss.xml", SourceKind.FEED),
                org.assertj.core.groups.Tuple.tuple("polars", "https://pola.rs/posts/rss.xml", SourceKind.FEED),
                org.assertj.core.groups.Tuple.tuple("astral-blog-2", "https://astral.sh/other.xml", SourceKind.FEED),
                org.assertj.core.groups.Tuple.tuple("example-org-feeds-all-atom", "https://example.org/feeds/all.atom",
                        SourceKind.FEED));
        assertThat(sources).allSatisfy(s -> assertThat(s.enabled()).isTrue());
    }

    @Test
    void exportsWhatItImportsKeepingKindToolAndEnabled() throws IOException {
        List<Source> sources = List.of(
                Source.of("uv-github-releases", "https://github.com/astral-sh/uv/releases.atom",
                        SourceKind.GITHUB_RELEASES, "uv"),
                new Source(1, "blog-with-ampersand", "https://example.org/feed?a=1&b=2", SourceKind.FEED, null, null,
                        false));
        String opml = Opml.write(sources, "oxidation <sources>");
        assertThat(opml).contains("<title>oxidation &lt;sources&gt;</title>").contains("a=1&amp;b=2");
        assertThat(read(opml)).isEqualTo(sources.stream()
                .map(s -> new Source(1, s.id(), s.url(), s.kind(), (Duration) null, s.tool(), s.enabled())).toList());
    }

    @Test
    void refusesADoctypeSoNoEntityIsExpanded() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://x.org/f"/></body></opml>
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesWhatIsNotOpml() {
        assertThatThrownBy(() -> read("<rss version=\"2.0\"/>")).hasMessage("not OPML: the root element is <rss>");
        assertThatThrownBy(() -> read("this is not xml")).hasMessageStartingWith("not OPML: ");
    }
}
