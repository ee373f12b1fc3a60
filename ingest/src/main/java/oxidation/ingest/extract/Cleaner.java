package oxidation.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/** Removes what is never article text before scoring, and cleans the chosen article after it. */
final class Cleaner {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "link", "meta", "nav",
            "aside", "footer", "dialog", "menu");
    private static final Evaluator HIDDEN = QueryParser.parse(
            "[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none|visibility:\\s*hidden]");
    private static final Set<String> ALWAYS_LIKELY = Set.of("a", "article", "main", "body");
    private static final Set<String> CONDITIONAL = Set.of("table", "ul", "ol", "div", "section", "form", "fieldset",
            "aside", "header");

    private Cleaner() {
    }

    /**
     * One pass over the page that drops comments, what never holds text, hidden elements, headers outside
     * an article and, in the strict pass, elements whose role, class or id name clutter.
     */
    static void prepare(Document page, MainText.Pass pass) {
        Preparer preparer = new Preparer(page, pass.stripUnlikely);
        page.filter(preparer);
        Detach.all(preparer.dropped);
    }

    /** Finds what to drop; the nodes are detached after the walk, all at once. */
    private static final class Preparer implements NodeFilter {
        private final Document page;
        private final Element body;
        private final boolean stripUnlikely;
        private final List<Node> dropped = new ArrayList<>();
        private boolean inBody;

        Preparer(Document page, boolean stripUnlikely) {
            this.page = page;
            this.body = page.body();
            this.stripUnlikely = stripUnlikely;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
                return drop(node);
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (isNeverText(page, element) || (inBody && stripUnlikely && isUnlikely(element))) {
                return drop(node);
            }
            if (element == body) {
                inBody = true;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == body) {
                inBody = false;
            }
            return FilterResult.CONTINUE;
        }

        private FilterResult drop(Node node) {
            dropped.add(node);
            return FilterResult.SKIP_ENTIRELY;
        }
    }

    private static boolean isNeverText(Element root, Element element) {
        String tag = element.normalName();
        return NEVER_TEXT.contains(tag) || (mayHide(element) && HIDDEN.matches(root, element))
                || (tag.equals("header") && closest(element, "article", "article") == null);
    }

    /** Whether the element has an attribute {@link #HIDDEN} reads (parsed HTML has lowercase names). */
    private static boolean mayHide(Element element) {
        return element.attributesSize() > 0
                && (element.hasAttr("style") || element.hasAttr("hidden") || element.hasAttr("aria-hidden"));
    }

    private static boolean isUnlikely(Element element) {
        if (ALWAYS_LIKELY.contains(element.normalName())) {
            return false;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && Hints.UNLIKELY_ROLES.matcher(role).matches()) {
            return true;
        }
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        String names = className + " " + id;
        return Hints.isUnlikely(names) && closest(element, "table", "code") == null;
    }

    /** The element or its nearest ancestor with one of two tags, or null. */
    private static Element closest(Element element, String tag, String other) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.nameIs(tag) || e.nameIs(other)) {
                return e;
            }
        }
        return null;
    }

    /** Cleans the article: share widgets, a heading repeating the title, and cluttered blocks. */
    static void tidy(Article article, String title, MainText.Pass pass) {
        Blocks blocks = article.blocks();
        int[] parts = article.parts();
        for (int part : parts) {
            for (int i = part; i < blocks.end(part); i++) {
                if (isShare(blocks.element(i)) && blocks.length(i) < MainText.ENOUGH_CHARS) {
                    blocks.remove(i);
                    i = blocks.end(i) - 1;
                }
            }
        }
        removeTitleHeading(blocks, parts, title);
        if (pass.cleanConditionally) {
            for (int p = parts.length - 1; p >= 0; p--) {
                for (int i = blocks.end(parts[p]) - 1; i >= parts[p]; i--) {
                    if (!blocks.isRemoved(i) && CONDITIONAL.contains(blocks.element(i).normalName())
                            && Clutter.isClutter(blocks, i, parts[p], pass)) {
                        blocks.remove(i);
                    }
                }
            }
        }
        if (pass.weighClasses) {
            for (int part : parts) {
                for (int i = part; i < blocks.end(part); i++) {
                    if (!blocks.isRemoved(i) && isHeading(blocks.element(i), "h3") && Hints.weight(blocks.element(i)) < 0) {
                        blocks.remove(i);
                    }
                }
            }
        }
    }

    private static boolean isHeading(Element element, String lowest) {
        String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= lowest.charAt(1);
    }

    private static boolean isShare(Element element) {
        String className = element.className();
        String id = element.id();
        return (contains(className, "share") || contains(id, "share"))
                && Hints.SHARE.matcher(Hints.names(element)).find();
    }

    private static boolean contains(String text, String lowercase) {
        return text.length() >= lowercase.length() && text.toLowerCase(Locale.ROOT).contains(lowercase);
    }

    private static void removeTitleHeading(Blocks blocks, int[] parts, String title) {
        if (title == null) {
            return;
        }
        for (int part : parts) {
            for (int i = part; i < blocks.end(part); i++) {
                Element element = blocks.element(i);
                if (!blocks.isRemoved(i) && isHeading(element, "h2") && Similarity.similar(element.text(), title)) {
                    blocks.remove(i);
                    return;
                }
            }
        }
    }
}
