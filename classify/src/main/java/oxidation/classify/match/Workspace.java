package oxidation.classify.match;

/**
 * The buffers one thread reuses from document to document: the text's chars, the scan's stops, the hits
 * and the rules' occurrence lists and spans, so tagging allocates little besides its result. Not
 * thread-safe; {@link Tagger} keeps one per thread.
 */
final class Workspace {

    private char[] chars = new char[4096];
    private final char[] snippet = new char[512];
    final Automaton.Matches matches = new Automaton.Matches();
    final Hits hits = new Hits();
    final Occurrences occurrences = new Occurrences();
    final Spans spans = new Spans();
    final Enclosures strongSpans = new Enclosures();
    final Enclosures lookalikes = new Enclosures();

    /** A buffer for building one evidence snippet at a time. */
    char[] snippetBuffer() {
        return snippet;
    }

    /** The text's chars in the buffer, valid for {@code text.length()} chars. */
    char[] chars(String text) {
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }
}
