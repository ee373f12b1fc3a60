package oxidation.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/** Removes what is never article text before scoring, and cleans the chosen article after it. */
final class Cleaner {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " button, input, select, textarea, link, meta, nav, aside, footer, dialog, menu";
    private static final Set<String> CONDITIONAL = Set.of("table", "ul", "ol", "div", "section", "form", "fieldset",
            "aside", "header");

    private Cleaner() {
    }

    static void prepare(Document page, MainText.Pass pass) {
        removeComments(page);
        page.select(NEVER_TEXT).remove();
        page.select("[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none|visibility:\\s*hidden]").remove();
        for (Element header : page.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        if (pass.stripUnlikely) {
            removeUnlikely(page);
        }
    }

    private static void removeComments(Document page) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, page);
        comments.forEach(Node::remove);
    }

    private static void removeUnlikely(Document page) {
        for (Element element : page.body().getAllElements()) {
            if (element.parent() == null || element == page.body()) {
                continue;
            }
            String tag = element.normalName();
            if (tag.equals("a") || tag.equals("article") || tag.equals("main") || tag.equals("body")) {
                continue;
            }
            String role = element.attr("role").toLowerCase(Locale.ROOT);
            boolean unlikelyRole = !role.isEmpty() && Hints.UNLIKELY_ROLES.matcher(role).matches();
            String names = Hints.names(element);
            boolean unlikelyName = Hints.UNLIKELY.matcher(names).find() && !Hints.MAYBE.matcher(names).find()
                    && element.closest("table, code") == null;
            if (unlikelyRole || unlikelyName) {
                element.remove();
            }
        }
    }

    /** Cleans the article: share widgets, a heading repeating the title, and cluttered blocks. */
    static void tidy(Element article, String title, MainText.Pass pass) {
        for (Element element : article.getAllElements()) {
            if (element != article && element.parent() != null && Hints.SHARE.matcher(Hints.names(element)).find()
                    && element.text().length() < MainText.ENOUGH_CHARS) {
                element.remove();
            }
        }
        removeTitleHeading(article, title);
        if (pass.cleanConditionally) {
            Elements blocks = article.getAllElements();
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Element block = blocks.get(i);
                if (block != article && block.parent() != null && CONDITIONAL.contains(block.normalName())
                        && Clutter.isClutter(block, pass)) {
                    block.remove();
                }
            }
        }
        for (Element heading : article.select("h1, h2, h3")) {
            if (pass.weighClasses && Hints.weight(heading) < 0) {
                heading.remove();
            }
        }
    }

    private static void removeTitleHeading(Element article, String title) {
        if (title == null) {
            return;
        }
        for (Element heading : article.select("h1, h2")) {
            if (Similarity.similar(heading.text(), title)) {
                heading.remove();
                return;
            }
        }
    }
}
