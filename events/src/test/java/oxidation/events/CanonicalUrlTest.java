package oxidation.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void sameArticleThroughTwoTrackingLinksHasOneId() {
        String fromNewsletter = "https://astral.sh/blog/uv?utm_source=pycoders&utm_medium=email&mc_cid=4f1a&mc_eid=9c2b";
        String fromSocial = "https://Astral.sh:443/blog/uv?fbclid=IwAR3xYz#install";

        assertThat(CanonicalUrl.of(fromNewsletter)).isEqualTo("https://astral.sh/blog/uv");
        assertThat(ArticleId.of(fromNewsletter)).isEqualTo(ArticleId.of(fromSocial));
    }

    @Test
    void lowercasesSchemeAndHostButNotPath() {
        assertThat(CanonicalUrl.of("HTTPS://PyPI.org/project/Polars/")).isEqualTo("https://pypi.org/project/Polars/");
    }

    @Test
    void dropsDefaultPortsKeepsOthers() {
        assertThat(CanonicalUrl.of("http://example.com:80/a")).isEqualTo("http://example.com/a");
        assertThat(CanonicalUrl.of("https://example.com:8443/a")).isEqualTo("https://example.com:8443/a");
        assertThat(CanonicalUrl.of("http://example.com:443/a")).isEqualTo("http://example.com:443/a");
    }

    @Test
    void emptyPathBecomesSlash() {
        assertThat(CanonicalUrl.of("https://pola.rs")).isEqualTo("https://pola.rs/");
        assertThat(CanonicalUrl.of("https://pola.rs?b=2&a=1")).isEqualTo("https://pola.rs/?a=1&b=2");
    }

    @Test
    void sortsRemainingQueryParametersAndDropsTracking() {
        assertThat(CanonicalUrl.of("https://github.com/astral-sh/ruff/releases?page=2&q=v0.1&utm_campaign=x&ref=hn&gclid=abc"))
                .isEqualTo("https://github.com/astral-sh/ruff/releases?page=2&q=v0.1");
        assertThat(CanonicalUrl.of("https://news.ycombinator.com/item?id=39387641"))
                .isEqualTo("https://news.ycombinator.com/item?id=39387641");
    }

    @Test
    void keepsRepeatedParametersInStableOrder() {
        assertThat(CanonicalUrl.of("https://x.org/s?tag=rust&tag=python&a=1"))
                .isEqualTo(CanonicalUrl.of("https://x.org/s?a=1&tag=python&tag=rust"));
    }

    @Test
    void dropsFragmentOnly() {
        assertThat(CanonicalUrl.of("https://docs.astral.sh/uv/guides/projects/#creating-a-new-project"))
                .isEqualTo("https://docs.astral.sh/uv/guides/projects/");
    }

    @Test
    void parameterNamesThatOnlyLookLikeTrackingAreKept() {
        assertThat(CanonicalUrl.of("https://x.org/?reference=1&prefix=a")).isEqualTo("https://x.org/?prefix=a&reference=1");
    }

    @Test
    void differentArticlesHaveDifferentIds() {
        assertThat(ArticleId.of("https://astral.sh/blog/uv")).isNotEqualTo(ArticleId.of("https://astral.sh/blog/ruff"));
        assertThat(ArticleId.of("https://astral.sh/blog/uv")).matches("[0-9a-f]{32}");
    }

    @Test
    void rejectsWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> CanonicalUrl.of("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http");
        assertThatThrownBy(() -> CanonicalUrl.of("/relative/path")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalUrl.of("http://exa mple.com/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalUrl.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
