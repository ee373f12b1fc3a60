package oxidation.ingest.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A feed as read from its body, before its entries become articles: every format (RSS, Atom, JSON
 * Feed, PyPI JSON) lands here with plain-text titles and resolved links.
 *
 * @param format {@code rss-2.0}, {@code atom-1.0}, {@code jsonfeed-1.1}...
 * @param updated the feed's own date, or null
 * @param ttl the RSS {@code <ttl>}, or null
 */
record FeedDocument(String title, String link, String format, String language, Instant updated,
        List<FeedEntry> entries, Duration ttl) {

    FeedDocument {
        entries = List.copyOf(entries);
    }
}
