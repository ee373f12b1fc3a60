package oxidation.ingest.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Readability's class and id hints: what names content, what names clutter. The hints are plain words
 * matched anywhere in a name, ignoring ASCII case, so they are searched with {@link String#contains}
 * rather than one regular expression alternation per element.
 */
final class Hints {

    private static final String[] UNLIKELY = {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
        "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
        "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"};
    private static final String[] MAYBE = {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"};
    private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "h-entry", "main",
        "page", "pagination", "post", "text", "blog", "story"};
    private static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
        "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"};
    static final Pattern UNLIKELY_ROLES = Pattern.compile(
            "menu|menubar|complementary|navigation|alert|alertdialog|dialog");
    static final Pattern SHARE = Pattern.compile("(?i)(\\b|_)(share|sharedaddy)(\\b|_)");

    private Hints() {
    }

    static String names(Element element) {
        return element.className() + " " + element.id();
    }

    /** Whether class and id (as {@link #names}) name clutter and nothing that may be content. */
    static boolean isUnlikely(String names) {
        String lower = asciiLowerCase(names);
        return containsAny(lower, UNLIKELY) && !containsAny(lower, MAYBE);
    }

    /** +25 for a content-like class or id, -25 for a clutter-like one, each counted once per attribute. */
    static int weight(Element element) {
        return weight(element.className()) + weight(element.id());
    }

    static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        String lower = asciiLowerCase(name);
        int weight = 0;
        if (containsAny(lower, NEGATIVE) || isHid(lower)) {
            weight -= 25;
        }
        if (containsAny(lower, POSITIVE)) {
            weight += 25;
        }
        return weight;
    }

    /** Readability's {@code ^hid$| hid$| hid |^hid }: "hid" as a whole space-separated word. */
    private static boolean isHid(String lower) {
        return lower.equals("hid") || lower.endsWith(" hid") || lower.contains(" hid ") || lower.startsWith("hid ");
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String asciiLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int k = i; k < chars.length; k++) {
                    chars[k] = chars[k] >= 'A' && chars[k] <= 'Z' ? (char) (chars[k] + 32) : chars[k];
                }
                return new String(chars);
            }
        }
        return text;
    }
}
