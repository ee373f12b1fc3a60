package oxidation.classify.match;

/**
 * The tagger's verdict on one tool of one document.
 *
 * @param tool index of the tool in the catalog
 * @param rule the rule that decided
 * @param spans accepted mentions as {start, end} pairs in one array, in text order, overlaps merged
 * @param inTitle whether the title names the tool itself (for pydantic-core: Pydantic v2 or its core,
 *     not plain Pydantic usage)
 */
record Decision(int tool, String rule, double confidence, int[] spans, boolean inTitle) {

    int mentions() {
        return spans.length / 2;
    }
}
