package oxidation.classify.match;

import java.util.ArrayList;
import java.util.List;
import oxidation.classify.catalog.Catalog;
import oxidation.classify.catalog.Tool;
import oxidation.events.Evidence;
import oxidation.events.RawArticle;
import oxidation.events.Tag;

/**
 * Tags articles with the catalog's tools: one pass of an automaton over the text finds every name,
 * form, URL and context phrase (case-folded, whitespace runs as one space), then {@link ToolRules} decide
 * each tool and {@link Relevance} decides {@code rust_in_python}. Immutable and thread-safe; build one per
 * catalog and share it.
 */
public final class Tagger {

    private static final int MAX_EVIDENCE = 3;
    private static final int SNIPPET_CONTEXT = 40;

    private final Catalog catalog;
    private final Patterns patterns;
    private final ToolRules rules;
    private final Relevance relevance;

    private Tagger(Catalog catalog) {
        this.catalog = catalog;
        this.patterns = new Patterns(catalog);
        this.rules = new ToolRules(patterns);
        this.relevance = new Relevance(catalog.tools());
    }

    /** A tagger for this catalog. */
    public static Tagger of(Catalog catalog) {
        return new Tagger(catalog);
    }

    public Catalog catalog() {
        return catalog;
    }

    /**
     * Tags an article: its title, a blank line, then its text (or its summary when it has no text);
     * evidence offsets refer to that joined text. A release article is always tagged with its tool.
     */
    public TagResult tag(RawArticle article) {
        return tag(Document.of(article));
    }

    /** Tags a plain text, whose first non-blank line is taken as its title. */
    public TagResult tag(String text) {
        return tag(Document.of(text));
    }

    /** The text {@link #tag(RawArticle)} reads, which evidence offsets refer to. */
    public static String textOf(RawArticle article) {
        return Document.of(article).text();
    }

    private TagResult tag(Document doc) {
        Hits hits = Hits.scan(doc.text(), patterns);
        Signals signals = new Signals(patterns, hits);
        List<Decision> decisions = rules.decide(doc, hits, signals);
        Relevance.Verdict verdict = relevance.judge(doc, signals, decisions);
        List<Tag> tags = new ArrayList<>(decisions.size());
        for (Decision decision : decisions) {
            tags.add(toTag(doc.text(), decision));
        }
        return new TagResult(tags, verdict.rustInPython(), verdict.confidence(), catalog.version());
    }

    private Tag toTag(String text, Decision decision) {
        Tool tool = catalog.tools().get(decision.tool());
        List<Evidence> evidence = new ArrayList<>();
        for (int[] span : decision.spans().subList(0, Math.min(MAX_EVIDENCE, decision.spans().size()))) {
            evidence.add(new Evidence(snippet(text, span), span[0], span[1]));
        }
        int mentions = Math.max(1, decision.spans().size());
        return new Tag(tool.id(), mentions, decision.confidence(), evidence, decision.rule());
    }

    private static String snippet(String text, int[] span) {
        int from = Math.max(0, span[0] - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), span[1] + SNIPPET_CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        StringBuilder snippet = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !snippet.isEmpty()) {
                    snippet.append(' ');
                }
                space = false;
                snippet.append(c);
            }
        }
        return snippet.toString();
    }
}
