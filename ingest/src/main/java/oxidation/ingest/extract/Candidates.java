package oxidation.ingest.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article: every paragraph-like block of 25+ characters scores 1 + its commas + one per 100
 * characters (at most 3), shared with its ancestors (parent fully, grandparent half, further ones less);
 * an ancestor starts from a tag bonus and its class weight; scores are scaled by one minus the link
 * density; the best candidate is joined by siblings that score well or read like prose.
 */
final class Candidates {

    private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer");
    private static final int ANCESTOR_LEVELS = 5;

    private Candidates() {
    }

    static Element article(Document page, MainText.Pass pass) {
        Element body = page.body();
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            if (isScored(element)) {
                score(element, scores, pass);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double scaled = entry.getValue() * (1 - Clutter.linkDensity(candidate, candidate.text().length()));
            entry.setValue(scaled);
            if (top == null || scaled > topScore) {
                top = candidate;
                topScore = scaled;
            }
        }
        if (top == null || top == body) {
            return body;
        }
        return withSiblings(top, topScore, scores);
    }

    private static boolean isScored(Element element) {
        String tag = element.normalName();
        return SCORED.contains(tag) || (tag.equals("div") && !hasBlockChildren(element));
    }

    private static boolean hasBlockChildren(Element element) {
        for (Element child : element.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void score(Element element, Map<Element, Double> scores, MainText.Pass pass) {
        String text = element.text();
        if (text.length() < 25) {
            return;
        }
        double score = 1 + Clutter.commas(text) + Math.min(text.length() / 100, 3);
        Element ancestor = element.parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
            if (ancestor.normalName().equals("html") || ancestor.parent() == null) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Element key = ancestor;
            scores.computeIfAbsent(key, a -> initial(a, pass));
            scores.merge(key, score / divider, Double::sum);
        }
    }

    private static double initial(Element element, MainText.Pass pass) {
        double base = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + (pass.weighClasses ? Hints.weight(element) : 0);
    }

    private static Element withSiblings(Element top, double topScore, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return top;
        }
        double threshold = Math.max(10, topScore * 0.2);
        Element article = new Element("div");
        List<Element> siblings = List.copyOf(parent.children());
        for (Element sibling : siblings) {
            if (sibling == top || belongs(sibling, top, threshold, scores)) {
                article.appendChild(sibling.clone());
            }
        }
        return article;
    }

    private static boolean belongs(Element sibling, Element top, double threshold, Map<Element, Double> scores) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? threshold : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = sibling.text();
        double links = Clutter.linkDensity(sibling, text.length());
        if (text.length() > 80) {
            return links < 0.25;
        }
        return !text.isEmpty() && links == 0 && text.matches("(?s).*\\.( |$).*");
    }
}
