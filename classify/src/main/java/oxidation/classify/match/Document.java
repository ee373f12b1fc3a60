package oxidation.classify.match;

import java.text.Normalizer;
import oxidation.events.RawArticle;

/**
 * The text the tagger reads, with the end of its title and the tool whose own release notes it is (or
 * null). The text is the NFKC form of the input; evidence offsets refer to it, and they equal the
 * input's offsets whenever the input is already in NFKC (plain ASCII always is).
 */
record Document(String text, int titleEnd, String releaseTool) {

    /** The title, a blank line, then the article's text, or its summary when there is no text. */
    static Document of(RawArticle article) {
        String title = article.title() == null ? "" : article.title();
        String body = article.text() != null ? article.text() : article.summary() != null ? article.summary() : "";
        String releaseTool = article.release() == null ? null : article.release().tool();
        String text = title.isEmpty() ? body : title + "\n\n" + body;
        String normal = normalize(text);
        int titleEnd = normal == text ? title.length() : normalize(title).length();
        return new Document(normal, titleEnd, releaseTool);
    }

    /** A plain text, whose first non-blank line is its title. */
    static Document of(String text) {
        String normal = normalize(text);
        int at = 0;
        while (at < normal.length() && Character.isWhitespace(normal.charAt(at))) {
            at++;
        }
        int newline = normal.indexOf('\n', at);
        return new Document(normal, newline < 0 ? normal.length() : newline, null);
    }

    static String normalize(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
