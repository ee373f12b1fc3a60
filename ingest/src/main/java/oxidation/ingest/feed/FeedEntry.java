package oxidation.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed, normalised: plain-text title, summary and content; absolute link; UTC dates.
 * Any field may be null; {@link #position()} counts from 0 in document order.
 *
 * @param id the entry's own id (RSS guid, Atom id, JSON Feed id)
 * @param link the entry's page, resolved against {@code xml:base} and the feed URL
 * @param version the release version when the format states it (PyPI JSON), else null: release sources
 *     then read it from the link or title
 * @param yanked whether the format marks the release as withdrawn (PyPI JSON)
 */
record FeedEntry(int position, String id, String link, String title, String author, Instant published,
        Instant updated, String summary, String content, String language, String version, boolean yanked) {

    /** An entry of a news feed, with no release facts of its own. */
    static FeedEntry post(int position, String id, String link, String title, String author, Instant published,
            Instant updated, String summary, String content, String language) {
        return new FeedEntry(position, id, link, title, author, published, updated, summary, content, language,
                null, false);
    }

    /** What identifies the entry to a reader of the dead-letter topic. */
    String reference() {
        if (id != null && !id.isBlank()) {
            return id;
        }
        if (link != null && !link.isBlank()) {
            return link;
        }
        if (title != null && !title.isBlank()) {
            return "entry #" + (position + 1) + " '" + (title.length() > 80 ? title.substring(0, 80) + "..." : title) + "'";
        }
        return "entry #" + (position + 1);
    }
}
