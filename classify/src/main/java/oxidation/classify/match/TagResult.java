package oxidation.classify.match;

import java.util.List;
import oxidation.events.Tag;

/**
 * What the tagger found in one text.
 *
 * @param tags one per tool mentioned, Rust-in-Python tools and incumbents alike, in catalog order
 * @param rustInPython whether the text is about the Rust-in-Python trend
 * @param relevance the confidence of {@code rustInPython}, in [0, 1]
 * @param catalog the catalog version that tagged it
 */
public record TagResult(List<Tag> tags, boolean rustInPython, double relevance, String catalog) {

    public TagResult {
        tags = List.copyOf(tags);
    }

    /** The ids of the tagged tools. */
    public List<String> toolIds() {
        return tags.stream().map(Tag::tool).toList();
    }
}
