package oxidation.ingest.extract;

import org.jsoup.nodes.Element;

/**
 * The chosen article: its root element and, numbered in the page's {@link Blocks}, the top-level elements
 * it holds, so cleaning it reuses the page's measures instead of measuring again.
 */
record Article(Element root, Blocks blocks, int[] parts) {
}
