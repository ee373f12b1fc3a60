package oxidation.classify.match;

import java.text.Normalizer;
import oxidation.events.RawArticle;

/**
 * The text the tagger reads, with the end of its title and the tool whose own release notes it is (or
 * null). The tagger reads the NFKC form of the input ({@link #normalized}); evidence offsets refer to it,
 * and they equal the input's offsets whenever the input is already in NFKC (plain ASCII always is). Its
 * chars are also in {@link #chars()}, a per-thread buffer valid for {@link #length()} chars until the
 * thread's next document.
 */
final class Document {

    private final String text;
    private final char[] chars;
    private final int titleEnd;
    private final String releaseTool;
    /** The article's title, or null for a plain text (whose title is its first non-blank line). */
    private final String title;

    private Document(String text, char[] chars, int titleEnd, String releaseTool, String title) {
        this.text = text;
        this.chars = chars;
        this.titleEnd = titleEnd;
        this.releaseTool = releaseTool;
        this.title = title;
    }

    /** The title, a blank line, then the article's text, or its summary when there is no text. */
    static Document of(RawArticle article, Workspace workspace) {
        String title = article.title() == null ? "" : article.title();
        String body = article.text() != null ? article.text() : article.summary() != null ? article.summary() : "";
        String releaseTool = article.release() == null ? null : article.release().tool();
        String text = title.isEmpty() ? body : title + "\n\n" + body;
        return new Document(text, workspace.chars(text), title.length(), releaseTool, title);
    }

    /** A plain text, whose first non-blank line is its title. */
    static Document of(String text, Workspace workspace) {
        char[] chars = workspace.chars(text);
        return new Document(text, chars, firstLineEnd(text, chars), null, null);
    }

    private static int firstLineEnd(String text, char[] chars) {
        int at = 0;
        while (at < text.length() && Character.isWhitespace(chars[at])) {
            at++;
        }
        int newline = text.indexOf('\n', at);
        return newline < 0 ? text.length() : newline;
    }

    /** This document in NFKC: itself when it already is, else its normal form in the workspace's buffer. */
    Document normalized(Workspace workspace) {
        if (Chars.nfkcSafe(chars, length())) {
            return this;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (normal.equals(text)) {
            return this;
        }
        char[] normalChars = workspace.chars(normal);
        int normalTitleEnd = title == null ? firstLineEnd(normal, normalChars)
                : Normalizer.normalize(title, Normalizer.Form.NFKC).length();
        return new Document(normal, normalChars, normalTitleEnd, releaseTool, title);
    }

    String text() {
        return text;
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return text.length();
    }

    int titleEnd() {
        return titleEnd;
    }

    String releaseTool() {
        return releaseTool;
    }
}
