package oxidation.ingest.extract;

import org.jsoup.nodes.Element;

/**
 * The chosen article: its root element and, numbered in the page's {@link Blocks}, the top-level elements
 * it holds, so cleaning it reuses the page's measures instead of measuring again.
 */
record Article(Element root, Blocks blocks, int[] parts) {

    /** The text length of the parts still in the article, counted as {@link Blocks} counts it. */
    int textLength() {
        int length = 0;
        for (int part : parts) {
            length += blocks.isRemoved(part) ? 0 : blocks.length(part);
        }
        return length;
    }
}
