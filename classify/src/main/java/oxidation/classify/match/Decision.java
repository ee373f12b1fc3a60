package oxidation.classify.match;

import java.util.List;

/**
 * The tagger's verdict on one tool of one document.
 *
 * @param tool index of the tool in the catalog
 * @param rule the rule that decided
 * @param spans accepted mentions, {start, end} each, in text order, overlaps merged
 * @param inTitle whether the title names the tool itself (for pydantic-core: Pydantic v2 or its core,
 *     not plain Pydantic usage)
 */
record Decision(int tool, String rule, double confidence, List<int[]> spans, boolean inTitle) {
}
