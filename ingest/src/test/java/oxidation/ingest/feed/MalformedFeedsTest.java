package oxidation.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedFeedsTest {

    static Stream<Path> malformed() {
        return FeedFixtures.files("malformed").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void yieldsAFeedOrFailsWithAClearReason(Path file) {
        try {
            FeedDocument feed = FeedFixtures.read("malformed/" + file.getFileName());
            assertThat(feed.format()).isNotBlank();
        } catch (FeedException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").hasSizeLessThan(400)
                    .containsAnyOf("not a feed", "empty", "malformed");
        }
    }

    @Test
    void recoversMostMalformedFixtures() {
        long recovered = malformed().filter(file -> {
            try {
                FeedFixtures.read("malformed/" + file.getFileName());
                return true;
            } catch (FeedException e) {
                return false;
            }
        }).count();

        assertThat(recovered).isEqualTo(FeedFixtures.files("malformed").size() - 2);
    }

    @Test
    void replacesAnUndeclaredHtmlEntity() throws FeedException {
        assertThat(FeedFixtures.read("malformed/feedparser-entities-hellip.xml").title()).isEqualTo("testing … entity");
    }

    @Test
    void keepsLinksWithBareAmpersands() throws FeedException {
        assertThat(FeedFixtures.read("malformed/feedparser-illformed-rss_item_link_corrupted_ampersands.xml")
                .entries().get(0).link()).isEqualTo("http://link/get?a=1&b=2");
    }

    @Test
    void readsAFeedWhoseDeclarationIsNotAtTheStart() throws FeedException {
        assertThat(FeedFixtures.read("malformed/rome-jira_issue1.xml").entries()).hasSize(2);
        assertThat(FeedFixtures.read("malformed/rome-modules-xml-yweather.xml").title()).startsWith("Yahoo! Weather");
    }

    @Test
    void recoversAnUnterminatedCdataSection() throws FeedException {
        assertThat(FeedFixtures.read("malformed/feedparser-illformed-rss_incomplete_cdata.xml").title())
                .isEqualTo("can feedparser read this xml");
    }

    @Test
    void refusesAnHtmlPageAsNotAFeed() {
        assertThatThrownBy(() -> FeedFixtures.read("malformed/rome-modules-2.rss"))
                .isInstanceOf(FeedException.class).hasMessageContaining("HTML page");
    }

    @Test
    void refusesAnEmptyDocument() {
        assertThatThrownBy(() -> FeedFixtures.read("malformed/feedparser-illformed-rss_empty_document.xml"))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("empty document");
    }
}
