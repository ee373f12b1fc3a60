package oxidation.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import oxidation.events.RawArticle;

/**
 * What one fetched body of a source holds.
 *
 * <p>For sitemap sources {@link #articles()} is empty and {@link #pages()} lists URLs to fetch: page
 * URLs when {@link #format()} is {@code sitemap}, nested sitemap URLs when it is {@code sitemap-index}
 * (see {@link #pagesAreSitemaps()}); for every other kind {@link #pages()} is empty.
 *
 * @param title the feed's title as plain text, or null
 * @param link the feed's home page, or null
 * @param format what was read: {@code rss-2.0}, {@code atom-1.0}, {@code jsonfeed-1.1}, {@code pypi-json},
 *     {@code changelog-markdown}, {@code sitemap}...
 * @param rejected entries that could not become articles, for the dead-letter topic
 * @param ttl the RSS {@code <ttl>} of the channel, or null
 */
public record ParsedFeed(String title, String link, String format, List<RawArticle> articles,
        List<Rejected> rejected, Duration ttl, List<URI> pages) {

    /** The format of a sitemap index, whose {@link #pages()} are sitemaps rather than pages. */
    public static final String SITEMAP_INDEX = "sitemap-index";

    public ParsedFeed {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("a parsed feed needs its format");
        }
        articles = articles == null ? List.of() : List.copyOf(articles);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** True when {@link #pages()} lists nested sitemaps (a sitemap index) rather than pages. */
    public boolean pagesAreSitemaps() {
        return SITEMAP_INDEX.equals(format);
    }
}
