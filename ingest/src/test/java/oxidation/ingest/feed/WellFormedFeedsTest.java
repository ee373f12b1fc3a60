package oxidation.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import oxidation.ingest.extract.PlainText;

class WellFormedFeedsTest {

    static Stream<Path> wellFormed() {
        return FeedFixtures.files("wellformed").stream();
    }

    static Stream<JsonNode> checkedWellFormed() {
        return FeedFixtures.manifest().stream()
                .filter(r -> r.path("file").asText().startsWith("wellformed/") && r.path("checks").size() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void readsEveryWellFormedFixtureWithAFormat(Path file) throws FeedException {
        FeedDocument feed = FeedFixtures.read("wellformed/" + file.getFileName());

        assertThat(feed.format()).matches("(rss|atom|jsonfeed)-[0-9.]+");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkedWellFormed")
    void meetsTheManifestExpectations(JsonNode record) throws FeedException {
        String file = record.path("file").asText();
        FeedDocument feed = FeedFixtures.read(file);
        BodyText body = BodyText.decode(FeedFixtures.bytes(file), null);
        for (JsonNode check : record.path("checks")) {
            ManifestCheck.verify(check, feed, body);
        }
    }

    @Test
    void checksMostManifestExpectations() {
        long checks = checkedWellFormed().mapToLong(r -> r.path("checks").size()).sum();
        long verified = checkedWellFormed().flatMap(r -> Stream.of(r.path("checks")))
                .flatMap(c -> java.util.stream.StreamSupport.stream(c.spliterator(), false))
                .filter(ManifestCheck::isVerifiable).count();

        assertThat(verified).as("manifest checks this layer can verify, of %s", checks).isGreaterThanOrEqualTo(25);
    }

    @Test
    void resolvesEveryAlternateLinkOfTheXmlBaseTestFeed() throws FeedException {
        FeedDocument feed = FeedFixtures.read("wellformed/rome-atom_1.0_b.xml");

        assertThat(feed.entries()).hasSize(16)
                .allSatisfy(e -> assertThat(e.link()).isEqualTo("http://example.org/tests/base/result.html"));
    }

    @Test
    void resolvesNestedAndRelativeXmlBase() throws FeedException {
        FeedDocument feed = FeedFixtures.read("wellformed/rome-atom_1.0_bray.xml");

        assertThat(feed.entries()).extracting(FeedEntry::link)
                .containsExactly("http://www.example.com/blog/entry1", "http://www.example.com/blog/entry2");
    }

    @Test
    void keepsAnIriXmlBase() throws Exception {
        var document = XmlDocuments.strict(XmlCleanup.clean(BodyText.decode(
                FeedFixtures.bytes("wellformed/feedparser-wellformed-base-feed_link_xml_base_iri.xml"), null).text()));

        assertThat(XmlBase.of(document.getRootElement(), FeedFixtures.LOCATION)).isEqualTo("http://www.詹姆斯.com/feed");
    }

    @Test
    void parsesNonRfcDatesOfRealFeeds() throws FeedException {
        assertThat(FeedFixtures.read("wellformed/rome-modules-index.rss").entries().get(0).published())
                .isEqualTo(Instant.parse("2006-01-12T00:42:55Z"));
        assertThat(FeedFixtures.read("wellformed/rome-modules-xml-sunnyvale.xml").entries().get(0).published())
                .isEqualTo(Instant.parse("2008-01-21T16:56:00Z"));
        assertThat(FeedFixtures.read("wellformed/rome-issue131-rss.xml").entries().get(0).published())
                .isEqualTo(Instant.parse("2008-09-03T22:03:03Z"));
    }

    @Test
    void readsAChannelDateWithSurroundingWhitespace() throws FeedException {
        assertThat(FeedFixtures.read("wellformed/rome-rss_2.0.xml").updated()).isEqualTo(Instant.parse("2001-01-01T01:00:00Z"));
    }

    @Test
    void prefersPubDateOverDublinCoreDate() throws FeedException {
        assertThat(FeedFixtures.read("wellformed/rome-dublin-core-date.xml").entries().get(0).published())
                .isEqualTo(Instant.parse("1970-01-01T00:00:00Z"));
    }

    @Test
    void decodesWindows1252WithoutDeclaration() throws FeedException {
        assertThat(FeedFixtures.read("wellformed/feedparser-encoding-demoronize-1.xml").entries().get(0).summary())
                .isEqualTo("don’t");
    }

    @Test
    void keepsRawAmpersandsInCdataLinks() throws FeedException {
        assertThat(FeedFixtures.read("wellformed/rome-CDATATestFeed.xml").entries().get(0).link())
                .isEqualTo("http://rtl-now.rtl.de/awz.php?container_id=26908&paytype=ppv&productdetail=1&na=1");
    }

    @Test
    void dropsScriptsAndDecodesDoubleEscapedTitles() throws FeedException {
        assertThat(FeedFixtures.read("wellformed/feedparser-wellformed-sanitize-entry_content_script.xml").entries()
                .get(0).content()).isEqualTo("safe description");
        assertThat(FeedFixtures.read("wellformed/rome-modules-xml-lr.xml").title()).isEqualTo("KCRW's Left, Right & Center");
    }

    @Test
    void readsJsonFeedItems() throws FeedException {
        FeedDocument feed = FeedFixtures.read("wellformed/jsonfeed-spec-v1.1-simple.json");

        assertThat(feed.format()).isEqualTo("jsonfeed-1.1");
        assertThat(feed.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.link()).startsWith("http"));
        List<FeedEntry> fireball = FeedFixtures.read("wellformed/jsonfeednet-DaringFireballBlog.json").entries();
        assertThat(fireball).isNotEmpty().allSatisfy(e -> {
            assertThat(e.published()).isNotNull();
            assertThat(e.content()).doesNotContain("<p>");
        });
    }

    static String text(String html) {
        return PlainText.fromHtml(html);
    }
}
