package oxidation.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MainTextTest {

    private static final String PROSE = "Polars is a DataFrame library written in Rust, with bindings for Python, and it"
            + " is fast because it uses all cores, a query optimiser, and Apache Arrow memory. ";

    private static String page(String article) {
        return "<!doctype html><html lang=\"en-GB\"><head><title>Why polars - Example Blog</title>"
                + "<meta property=\"og:title\" content=\"Why polars\">"
                + "<meta name=\"author\" content=\"By Ada Lovelace\">"
                + "<meta property=\"article:published_time\" content=\"2025-03-01T10:00:00+01:00\"></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav></header>"
                + "<div class=\"sidebar\"><p>Subscribe to our newsletter, it is great, really, honestly, truly.</p></div>"
                + "<div id=\"main\">" + article + "</div>"
                + "<div class=\"comments\"><p>First! This comment is long enough to be scored by the extractor.</p></div>"
                + "<footer><p>Copyright 2025 Example Blog, all rights reserved, everywhere, always.</p></footer>"
                + "<script>var tracking = 'ignore me';</script></body></html>";
    }

    @Test
    void keepsTheArticleAndDropsNavigationSidebarCommentsAndFooter() {
        Extracted extracted = MainText.extract(page("<h1>Why polars</h1><p>" + PROSE.repeat(3) + "</p><p>"
                + PROSE.repeat(2) + "</p>"), URI.create("https://blog.example/why-polars"));

        assertThat(extracted.text()).contains("DataFrame library written in Rust").contains("\n\n")
                .doesNotContain("Home").doesNotContain("newsletter").doesNotContain("First!")
                .doesNotContain("Copyright").doesNotContain("tracking");
    }

    @Test
    void readsTitleBylineDateAndLanguageFromMeta() {
        Extracted extracted = MainText.extract(page("<p>" + PROSE + "</p>"), null);

        assertThat(extracted.title()).isEqualTo("Why polars");
        assertThat(extracted.author()).isEqualTo("Ada Lovelace");
        assertThat(extracted.published()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(extracted.language()).isEqualTo("en-GB");
    }

    @Test
    void keepsShortPagesWhole() {
        Extracted extracted = MainText.extract("<p>Just one short line.</p>", null);

        assertThat(extracted.text()).isEqualTo("Just one short line.");
    }

    @Test
    void neverThrowsOnBrokenOrEmptyHtml() {
        assertThat(MainText.extract("", null).text()).isEmpty();
        assertThat(MainText.extract(null, null).text()).isEmpty();
        assertThat(MainText.extract("<div><p>unclosed <b>tags <table><tr><td>cell", null).text()).contains("cell");
        assertThat(MainText.extract("<div>".repeat(5_000) + "deep", null).text()).contains("deep");
    }

    @Test
    void rendersPlainTextWithParagraphsAndDecodedEntities() {
        assertThat(PlainText.fromHtml("<p>Fish &amp; chips</p><p>a<br>b</p><script>x()</script>"))
                .isEqualTo("Fish & chips\n\na\nb");
        assertThat(PlainText.fromHtml("  plain   text \n")).isEqualTo("plain text");
        assertThat(PlainText.fromHtml(null)).isNull();
    }
}
