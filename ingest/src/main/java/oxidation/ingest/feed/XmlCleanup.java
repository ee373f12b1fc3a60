package oxidation.ingest.feed;

import org.jsoup.nodes.Entities;

/**
 * Makes feed text that strict XML rejects for common, harmless reasons parseable, without ever loading
 * a DTD: drops the XML declaration (the text is already decoded) and anything before the root that XML
 * forbids there, drops any DOCTYPE with its internal subset (so entity bombs and external entities
 * never reach the parser), replaces HTML named entities such as {@code &hellip;} by their characters and
 * escapes bare or unknown {@code &} and drops control characters XML forbids. CDATA sections, comments and processing instructions are copied
 * untouched. Well-formed text without a DOCTYPE comes back unchanged.
 */
final class XmlCleanup {

    private static final int MAX_ENTITY_NAME = 32;

    private final String in;
    private final StringBuilder out;
    private int pos;

    private XmlCleanup(String in) {
        this.in = in;
        this.out = new StringBuilder(in.length() + 64);
    }

    static String clean(String text) {
        XmlCleanup cleanup = new XmlCleanup(text);
        cleanup.run();
        return cleanup.out.toString();
    }

    private void run() {
        skipLeadingJunk();
        int n = in.length();
        while (pos < n) {
            int next = nextSpecial(pos);
            out.append(in, pos, next);
            pos = next;
            if (pos >= n) {
                break;
            }
            char c = in.charAt(pos);
            if (c == '&') {
                entity();
            } else if (c != '<') {
                pos++;            // a control character XML forbids: dropped
            } else {
                markup();
            }
        }
    }

    private void skipLeadingJunk() {
        int first = in.indexOf('<');
        pos = first < 0 ? in.length() : first;
    }

    private int nextSpecial(int from) {
        for (int i = from; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '&' || c == '<' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return in.length();
    }

    private void markup() {
        if (in.startsWith("<![CDATA[", pos)) {
            copyThrough("]]>");
        } else if (in.startsWith("<!--", pos)) {
            copyThrough("-->");
        } else if (in.startsWith("<?", pos)) {
            processingInstruction();
        } else if (in.regionMatches(true, pos, "<!DOCTYPE", 0, 9)) {
            pos = endOfDoctype(pos + 9);
        } else {
            out.append('<');
            pos++;
        }
    }

    private void copyThrough(String terminator) {
        int end = in.indexOf(terminator, pos);
        int stop = end < 0 ? in.length() : end + terminator.length();
        out.append(in, pos, stop);
        pos = stop;
    }

    private void processingInstruction() {
        int end = in.indexOf("?>", pos);
        int stop = end < 0 ? in.length() : end + 2;
        boolean declaration = in.startsWith("<?xml", pos) && pos + 5 < in.length()
                && Character.isWhitespace(in.charAt(pos + 5));
        if (!declaration) {
            out.append(in, pos, stop);
        }
        pos = stop;
    }

    /** The index after the DOCTYPE's closing {@code >}, skipping quoted strings and an internal subset. */
    private int endOfDoctype(int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < in.length(); i++) {
            char c = in.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return in.length();
    }

    private void entity() {
        int semi = -1;
        int limit = Math.min(in.length(), pos + MAX_ENTITY_NAME + 2);
        for (int i = pos + 1; i < limit; i++) {
            char c = in.charAt(i);
            if (c == ';') {
                semi = i;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#')) {
                break;
            }
        }
        if (semi < 0 || semi == pos + 1) {
            out.append("&amp;");
            pos++;
            return;
        }
        String name = in.substring(pos + 1, semi);
        if (!replace(name)) {
            out.append("&amp;");
            pos++;
            return;
        }
        pos = semi + 1;
    }

    private boolean replace(String name) {
        if (name.charAt(0) == '#') {
            return characterReference(name);
        }
        switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> {
                out.append('&').append(name).append(';');
                return true;
            }
            default -> {
                String chars = Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
                if (chars.isEmpty()) {
                    return false;
                }
                appendEscaped(chars);
                return true;
            }
        }
    }

    private boolean characterReference(String name) {
        try {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            if (!isXmlChar(cp)) {
                return false;
            }
            if (cp >= 0x80 && cp <= 0x9F) {
                out.append(BodyText.windows1252((char) cp));
                return true;
            }
            out.append('&').append(name).append(';');
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private void appendEscaped(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }
}
