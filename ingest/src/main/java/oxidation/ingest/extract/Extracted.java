package oxidation.ingest.extract;

import java.time.Instant;

/**
 * What {@link MainText} finds in a page. Every field but {@link #text()} may be null.
 *
 * @param author the byline as the page states it
 * @param language the page's language tag ({@code en}, {@code fr-FR})
 * @param text the main text, plain, paragraphs separated by a blank line; empty when the page has none
 */
public record Extracted(String title, String author, Instant published, String language, String text) {

    public Extracted {
        text = text == null ? "" : text;
    }
}
