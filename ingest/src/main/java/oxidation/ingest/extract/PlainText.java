package oxidation.ingest.extract;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text: entities decoded, tags, scripts and styles dropped, whitespace collapsed, block
 * elements separated by a blank line and {@code <br>} by a line break.
 */
public final class PlainText {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg",
            "iframe", "object", "embed", "button", "select", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "pre",
            "blockquote", "table", "tr", "figure", "figcaption", "hr", "address", "details", "summary", "form",
            "fieldset", "body", "html", "caption", "thead", "tbody", "tfoot");

    private PlainText() {
    }

    /** The text of an HTML fragment or document; null for null. Text without markup is only trimmed. */
    public static String fromHtml(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapse(html);
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** The text of an element and its descendants. */
    public static String of(Element root) {
        return of(root, 0);
    }

    /** The same, {@code expected} chars long or about, so the text is built without growing its buffer. */
    static String of(Element root, int expected) {
        Collector collector = new Collector(expected + expected / 16 + 16);
        collector.traverse(root);
        return collector.text();
    }

    /** Whitespace runs become one space; the ends are trimmed. */
    public static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Collector implements NodeVisitor {
        private final StringBuilder out;
        private int skipping;
        private boolean pendingSpace;
        private char[] chars = new char[256];
        private int pendingBreaks;

        Collector(int capacity) {
            this.out = new StringBuilder(capacity);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipping++;
                } else if (skipping == 0 && (tag.equals("td") || tag.equals("th"))) {
                    pendingSpace = true;
                } else if (skipping == 0 && tag.equals("br")) {
                    pendingBreaks = Math.max(pendingBreaks, 1);
                } else if (skipping == 0 && BLOCKS.contains(tag)) {
                    pendingBreaks = 2;
                }
            } else if (skipping == 0 && node instanceof TextNode text) {
                append(text.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipping--;
                } else if (skipping == 0 && BLOCKS.contains(tag)) {
                    pendingBreaks = 2;
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true;
                }
            }
        }

        private void append(String text) {
            int n = text.length();
            if (n > chars.length) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            text.getChars(0, n, chars, 0);
            int start = 0;
            while (start < n && isSpace(chars[start])) {
                start++;
            }
            if (start == n) {
                pendingSpace = n > 0 || pendingSpace;
                return;
            }
            int end = n;
            while (isSpace(chars[end - 1])) {
                end--;
            }
            pendingSpace |= start > 0;
            if (isCollapsed(chars, start, end)) {
                separate();
                out.append(text, start, end);
            } else {
                appendRuns(text, start, end);
            }
            pendingSpace = end < n;
        }

        /** Whether the text between the ends has only single plain spaces between words. */
        private static boolean isCollapsed(char[] text, int start, int end) {
            for (int k = start; k < end; k++) {
                char c = text[k];
                if ((c <= ' ' || c >= 0x80) && isSpace(c) && (c != ' ' || text[k + 1] == ' ')) {
                    return false;
                }
            }
            return true;
        }

        private void appendRuns(String text, int from, int end) {
            int k = from;
            while (k < end) {
                if (isSpace(text.charAt(k))) {
                    pendingSpace = true;
                    k++;
                    continue;
                }
                int start = k;
                while (k < end && !isSpace(text.charAt(k))) {
                    k++;
                }
                separate();
                out.append(text, start, k);
            }
        }

        private void separate() {
            if (out.length() > 0) {
                if (pendingBreaks > 0) {
                    out.append(pendingBreaks > 1 ? "\n\n" : "\n");
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            pendingBreaks = 0;
            pendingSpace = false;
        }

        private static boolean isSpace(char c) {
            return c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && (c == '\u00A0' || Character.isWhitespace(c));
        }

        String text() {
            return out.toString();
        }
    }
}
