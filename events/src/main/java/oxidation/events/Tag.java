package oxidation.events;

import java.util.List;

/**
 * One tool an article mentions.
 *
 * @param mentions how many accepted mentions the text has
 * @param confidence how sure the tagger is, in [0, 1]
 * @param evidence up to three snippets with offsets
 * @param rule the rule that decided, for explaining a tag
 */
public record Tag(String tool, int mentions, double confidence, List<Evidence> evidence, String rule) {

    public Tag {
        Fields.requiredText(tool, "tool");
        if (mentions < 0) {
            throw new IllegalArgumentException("field 'mentions' must not be negative, was " + mentions);
        }
        Fields.unit(confidence, "confidence");
        evidence = Fields.list(evidence);
    }
}
