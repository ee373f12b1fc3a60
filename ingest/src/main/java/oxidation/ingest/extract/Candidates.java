package oxidation.ingest.extract;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article: every paragraph-like block of 25+ characters scores 1 + its commas + one per 100
 * characters (at most 3), shared with its ancestors (parent fully, grandparent half, further ones less);
 * an ancestor starts from a tag bonus and its class weight; scores are scaled by one minus the link
 * density; the best candidate (the first of equals) is joined by siblings that score well or read like
 * prose. Text lengths, commas and link text come from one {@link Blocks} pass over the body.
 */
final class Candidates {

    private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final int ANCESTOR_LEVELS = 5;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final Blocks blocks;
    private final MainText.Pass pass;
    private final double[] scores;
    private final boolean[] candidate;
    private final int[] order;
    private int candidates;

    private Candidates(Blocks blocks, MainText.Pass pass) {
        this.blocks = blocks;
        this.pass = pass;
        this.scores = new double[blocks.size()];
        this.candidate = new boolean[blocks.size()];
        this.order = new int[blocks.size()];
    }

    /**
     * The article: the best candidate with its sibling content moved under a new {@code div}, or the body
     * when nothing scores. Moves nodes out of {@code page}.
     */
    static Article article(Document page, MainText.Pass pass) {
        Candidates found = new Candidates(Blocks.of(page.body(), true), pass);
        found.score();
        int top = found.top();
        return top <= 0 ? found.body() : found.withSiblings(top);
    }

    private Article body() {
        int[] parts = new int[blocks.size()];
        int count = 0;
        for (int child = 1; child < blocks.size(); child = blocks.end(child)) {
            parts[count++] = child;
        }
        return new Article(blocks.element(0), blocks, Arrays.copyOf(parts, count));
    }

    private void score() {
        for (int i = 0; i < blocks.size(); i++) {
            int length = blocks.length(i);
            if (length < 25 || !isScored(i)) {
                continue;
            }
            double score = 1 + blocks.commas(i) + Math.min(length / 100, 3);
            int ancestor = blocks.parent(i);
            for (int level = 0; ancestor >= 0 && level < ANCESTOR_LEVELS; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                if (!candidate[ancestor]) {
                    candidate[ancestor] = true;
                    scores[ancestor] = initial(blocks.element(ancestor));
                    order[candidates++] = ancestor;
                }
                scores[ancestor] += score / divider;
                ancestor = blocks.parent(ancestor);
            }
        }
    }

    private int top() {
        int top = -1;
        double topScore = 0;
        for (int c = 0; c < candidates; c++) {
            int i = order[c];
            scores[i] *= 1 - blocks.linkDensity(i);
            if (top < 0 || scores[i] > topScore) {
                top = i;
                topScore = scores[i];
            }
        }
        return top;
    }

    private boolean isScored(int i) {
        String tag = blocks.element(i).normalName();
        return SCORED.contains(tag) || (tag.equals("div") && !blocks.hasBlockChildren(i));
    }

    private double initial(Element element) {
        double base = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + (pass.weighClasses ? Hints.weight(element) : 0);
    }

    private Article withSiblings(int top) {
        int parent = blocks.parent(top);
        double threshold = Math.max(10, scores[top] * 0.2);
        String topClass = blocks.element(top).className();
        Element article = new Element("div");
        int[] parts = new int[blocks.end(parent) - parent];
        int count = 0;
        for (int sibling = parent + 1; sibling < blocks.end(parent); sibling = blocks.end(sibling)) {
            if (sibling == top || belongs(sibling, topClass, threshold)) {
                article.appendChild(blocks.element(sibling));
                parts[count++] = sibling;
            }
        }
        return new Article(article, blocks, Arrays.copyOf(parts, count));
    }

    private boolean belongs(int sibling, String topClass, double threshold) {
        Element element = blocks.element(sibling);
        double bonus = !topClass.isEmpty() && topClass.equals(element.className()) ? threshold : 0;
        if (candidate[sibling] && scores[sibling] + bonus >= threshold) {
            return true;
        }
        if (!element.normalName().equals("p")) {
            return false;
        }
        int length = blocks.length(sibling);
        double links = blocks.linkDensity(sibling);
        if (length > 80) {
            return links < 0.25;
        }
        return length > 0 && links == 0 && SENTENCE_END.matcher(element.text()).find();
    }
}
