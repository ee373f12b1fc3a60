package oxidation.ingest.feed;

/**
 * An entry of a feed that cannot become an article (no usable link and no http(s) id, for example);
 * it goes to the dead-letter topic while the rest of the feed is published.
 *
 * @param entryRef what identifies the entry to a reader: its id, title or position
 * @param reason why it was rejected, one line
 */
public record Rejected(String entryRef, String reason) {

    public Rejected {
        if (entryRef == null || entryRef.isBlank()) {
            throw new IllegalArgumentException("a rejected entry needs a reference");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejected entry needs a reason");
        }
    }
}
