package oxidation.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.RawArticle;
import oxidation.events.Release;
import oxidation.events.Source;
import oxidation.events.SourceKind;

class SourceReaderTest {

    private static final Instant FETCHED = Instant.parse("2026-08-20T12:00:00Z");

    private static byte[] resource(String name) {
        try (InputStream in = SourceReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    private static ParsedFeed read(SourceKind kind, String tool, byte[] body, String contentType, String url)
            throws FeedException {
        return SourceReader.read(Source.of("s1", url, kind, tool), body, contentType, URI.create(url), FETCHED);
    }

    @Test
    void turnsGithubReleasesIntoReleaseArticlesOfTheTool() throws FeedException {
        ParsedFeed feed = read(SourceKind.GITHUB_RELEASES, "uv", resource("uv-releases.atom"), "application/atom+xml",
                "https://github.com/astral-sh/uv/releases.atom");

        assertThat(feed.format()).isEqualTo("atom-1.0");
        assertThat(feed.articles()).extracting(RawArticle::release).containsExactly(
                new Release("uv", "0.12.5", false, false), new Release("uv", "0.13.0rc1", true, false));
        RawArticle latest = feed.articles().get(0);
        assertThat(latest.kind()).isEqualTo(ArticleKind.RELEASE);
        assertThat(latest.id()).isEqualTo(ArticleId.of("https://github.com/astral-sh/uv/releases/tag/0.12.5"));
        assertThat(latest.sourceId()).isEqualTo("s1");
        assertThat(latest.fetched()).isEqualTo(FETCHED);
        assertThat(latest.text()).isEqualTo("Release Notes\n\nReleased on 2026-08-14.\n\nPython\n\nAdd CPython 3.10.21");
        assertThat(latest.language()).isEqualTo("en-US");
        assertThat(feed.rejected()).singleElement().satisfies(r -> {
            assertThat(r.entryRef()).isEqualTo("tag:github.com,2008:Repository/632707755/nightly");
            assertThat(r.reason()).contains("no version");
        });
    }

    @Test
    void readsThePypiReleaseFeed() throws FeedException {
        ParsedFeed feed = read(SourceKind.PYPI, "orjson", resource("orjson-pypi.xml"), "text/xml",
                "https://pypi.org/rss/project/orjson/releases.xml");

        assertThat(feed.articles()).extracting(a -> a.release().version(), a -> a.release().prerelease(), RawArticle::published)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3.11.8", false, Instant.parse("2026-03-31T14:02:17Z")),
                        org.assertj.core.groups.Tuple.tuple("3.12.0b1", true, Instant.parse("2026-02-02T10:00:00Z")));
    }

    @Test
    void readsThePypiJsonHistoryDatedByFirstUpload() throws FeedException {
        ParsedFeed feed = read(SourceKind.PYPI, "orjson", resource("orjson-pypi.json"), "application/json",
                "https://pypi.org/pypi/orjson/json");

        assertThat(feed.format()).isEqualTo("pypi-json");
        assertThat(feed.articles()).hasSize(5);
        RawArticle first = feed.articles().get(0);
        assertThat(first.url()).isEqualTo("https://pypi.org/project/orjson/3.11.7/");
        assertThat(first.title()).isEqualTo("orjson 3.11.7");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-02-02T09:58:30.000001Z"));
        assertThat(feed.articles()).filteredOn(a -> a.release().yanked()).extracting(a -> a.release().version())
                .containsExactly("3.9.11");
        assertThat(feed.articles()).filteredOn(a -> a.release().prerelease()).extracting(a -> a.release().version())
                .containsExactly("3.12.0a1");
        assertThat(feed.articles()).filteredOn(a -> a.release().version().equals("3.12.0a1")).singleElement()
                .satisfies(a -> assertThat(a.published()).isNull());
        assertThat(feed.articles()).filteredOn(a -> a.release().version().equals("0.0.1")).singleElement()
                .satisfies(a -> assertThat(a.published()).isEqualTo(Instant.parse("2018-11-20T00:00:00Z")));
    }

    @Test
    void rejectsEntriesWithoutLinkOrHttpIdAndUsesAnHttpId() throws FeedException {
        String rss = "<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>No link</title><guid isPermaLink=\"false\">urn:uuid:1</guid></item>"
                + "<item><title>Id only</title><guid isPermaLink=\"false\">https://blog.example/id-only</guid></item>"
                + "<item><title>Relative</title><link>/posts/relative</link></item>"
                + "<item><title>Twice</title><link>https://blog.example/posts/relative?utm_source=x</link></item>"
                + "</channel></rss>";
        ParsedFeed feed = read(SourceKind.FEED, null, rss.getBytes(StandardCharsets.UTF_8), null,
                "https://blog.example/feed.xml");

        assertThat(feed.articles()).extracting(RawArticle::url)
                .containsExactly("https://blog.example/id-only", "https://blog.example/posts/relative");
        assertThat(feed.articles()).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(ArticleKind.POST);
            assertThat(a.release()).isNull();
        });
        assertThat(feed.rejected()).extracting(Rejected::entryRef).containsExactly("urn:uuid:1");
    }

    @Test
    void honoursTheHttpCharset() throws FeedException {
        byte[] latin1 = "<rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(read(SourceKind.FEED, null, latin1, "text/xml; charset=ISO-8859-1", "https://x.example/f").title())
                .isEqualTo("Café");
    }

    @Test
    void readsUtf32WithABom() throws FeedException {
        byte[] text = "<rss version=\"2.0\"><channel><title>Zürich</title></channel></rss>"
                .getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        byte[] body = new byte[text.length + 4];
        body[2] = (byte) 0xFE;
        body[3] = (byte) 0xFF;
        System.arraycopy(text, 0, body, 4, text.length);

        assertThat(read(SourceKind.FEED, null, body, null, "https://x.example/f").title()).isEqualTo("Zürich");
    }

    @Test
    void listsThePagesOfASitemap() throws FeedException {
        ParsedFeed feed = read(SourceKind.SITEMAP, null, resource("sitemap.xml"), "application/xml",
                "https://blog.example/sitemap.xml");

        assertThat(feed.format()).isEqualTo("sitemap");
        assertThat(feed.pagesAreSitemaps()).isFalse();
        assertThat(feed.articles()).isEmpty();
        assertThat(feed.pages()).containsExactly(URI.create("https://blog.example/posts/rust-in-python/"),
                URI.create("https://blog.example/posts/uv-is-fast/"), URI.create("https://blog.example/posts/relative/"));
    }

    @Test
    void listsTheNestedSitemapsOfAGzippedSitemapIndex() throws FeedException {
        ParsedFeed feed = read(SourceKind.SITEMAP, null, gzip(resource("sitemap-index.xml")), "application/x-gzip",
                "https://blog.example/sitemap.xml.gz");

        assertThat(feed.pagesAreSitemaps()).isTrue();
        assertThat(feed.pages()).containsExactly(URI.create("https://blog.example/sitemap-posts.xml"),
                URI.create("https://blog.example/sitemap-pages.xml.gz"));
    }

    @Test
    void refusesAFeedAsASitemapAndHtmlAsAChangelog() {
        assertThatThrownBy(() -> read(SourceKind.SITEMAP, null, resource("orjson-pypi.xml"), null, "https://x.example/s"))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("not a sitemap");
        assertThatThrownBy(() -> read(SourceKind.CHANGELOG, null, "<html><body>404</body></html>".getBytes(
                StandardCharsets.UTF_8), "text/html", "https://x.example/CHANGELOG.md"))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("not a changelog");
        assertThatThrownBy(() -> read(SourceKind.FEED, null, new byte[0], null, "https://x.example/f"))
                .isInstanceOf(FeedException.class).hasMessage("empty body");
    }

    @Test
    void linksChangelogReleasesToTheirGithubTagPages() throws FeedException {
        String changelog = "# Changelog\n\n## [0.2.0] - 2025-01-02\n\n- New.\n\n## [0.1.0]\n\nYanked\n\n"
                + "[0.2.0]: https://github.com/PyO3/pyo3/compare/v0.1.0...v0.2.0\n";
        ParsedFeed feed = read(SourceKind.CHANGELOG, "pyo3", changelog.getBytes(StandardCharsets.UTF_8), "text/plain",
                "https://raw.githubusercontent.com/PyO3/pyo3/main/CHANGELOG.md");

        assertThat(feed.format()).isEqualTo("changelog-markdown");
        assertThat(feed.articles()).extracting(RawArticle::url).containsExactly(
                "https://github.com/PyO3/pyo3/releases/tag/v0.2.0", "https://github.com/PyO3/pyo3/releases/tag/0.1.0");
        RawArticle first = feed.articles().get(0);
        assertThat(first.title()).isEqualTo("pyo3 0.2.0");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
        assertThat(first.text()).isEqualTo("- New.");
        RawArticle second = feed.articles().get(1);
        assertThat(second.published()).isNull();
        assertThat(second.release()).isEqualTo(new Release("pyo3", "0.1.0", false, true));
    }

    @Test
    void givesChangelogReleasesElsewhereAVersionQuery() throws FeedException {
        ParsedFeed feed = read(SourceKind.CHANGELOG, "ty", "## 0.0.1\n\nReleased on 2025-12-01.\n".getBytes(
                StandardCharsets.UTF_8), null, "https://docs.example/changelog.md#top");

        assertThat(feed.articles()).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo("https://docs.example/changelog.md?version=0.0.1");
            assertThat(a.published()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        });
    }

    @Test
    void readsAChangelogThatOpensWithLinterComments() throws FeedException {
        String changelog = "<!-- markdownlint-disable no-bare-urls -->\n<!-- markdownlint-disable-next-line -->\n\n"
                + "## v2.14.0b1 (2026-08-06)\n\n- First beta.\n\n## v2.13.0 (2026-07-01)\n\n- Stable.\n";

        ParsedFeed feed = read(SourceKind.CHANGELOG, "pydantic-core", changelog.getBytes(StandardCharsets.UTF_8),
                "text/markdown", "https://docs.example/HISTORY.md");

        assertThat(feed.articles()).extracting(a -> a.release().version()).containsExactly("2.14.0b1", "2.13.0");
        assertThat(feed.articles().get(0).release().prerelease()).isTrue();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
