package oxidation.classify.match;

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
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

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
        Workspace workspace = workspaces.get();
        return tag(Document.of(article, workspace), workspace);
    }

    /** Tags a plain text, whose first non-blank line is taken as its title. */
    public TagResult tag(String text) {
        Workspace workspace = workspaces.get();
        return tag(Document.of(text, workspace), workspace);
    }

    /** The text {@link #tag(RawArticle)} reads, which evidence offsets refer to. */
    public static String textOf(RawArticle article) {
        Workspace workspace = new Workspace();
        return Document.of(article, workspace).normalized(workspace).text();
    }

    /**
     * Scans the text once, and a second time only when it holds chars beyond ASCII that NFKC changes (the
     * scan tells whether it holds any beyond ASCII), then applies the rules to the hits.
     */
    private TagResult tag(Document input, Workspace workspace) {
        Document doc = input;
        Automaton.Matches matches = workspace.matches;
        patterns.automaton().scan(doc.chars(), doc.length(), matches);
        if (!matches.ascii()) {
            doc = input.normalized(workspace);
            if (doc != input) {
                patterns.automaton().scan(doc.chars(), doc.length(), matches);
            }
        }
        Hits hits = workspace.hits.collect(doc, patterns, matches);
        Signals signals = new Signals(patterns, hits);
        List<Decision> decisions = rules.decide(doc, hits, signals, workspace);
        Relevance.Verdict verdict = relevance.judge(doc, signals, decisions);
        Tag[] tags = new Tag[decisions.size()];
        char[] buffer = workspace.snippetBuffer();
        for (int k = 0; k < tags.length; k++) {
            tags[k] = toTag(doc, decisions.get(k), buffer);
        }
        return new TagResult(List.of(tags), verdict.rustInPython(), verdict.confidence(), catalog.version());
    }

    private Tag toTag(Document doc, Decision decision, char[] buffer) {
        Tool tool = catalog.tools().get(decision.tool());
        int[] spans = decision.spans();
        Evidence[] evidence = new Evidence[Math.min(MAX_EVIDENCE, decision.mentions())];
        for (int k = 0; k < evidence.length; k++) {
            int start = spans[2 * k];
            int end = spans[2 * k + 1];
            evidence[k] = new Evidence(snippet(doc, start, end, buffer), start, end);
        }
        int mentions = Math.max(1, decision.mentions());
        return new Tag(tool.id(), mentions, decision.confidence(), List.of(evidence), decision.rule());
    }

    /**
     * The mention with {@value #SNIPPET_CONTEXT} chars either side (not splitting a surrogate pair), each
     * whitespace run as one space, none at the ends. Branch-free per char: a space is written before each
     * char that follows whitespace and is not first, then the char, and each counted only when it applies.
     */
    private static String snippet(Document doc, int start, int end, char[] buffer) {
        char[] text = doc.chars();
        int from = Math.max(0, start - SNIPPET_CONTEXT);
        int to = Math.min(doc.length(), end + SNIPPET_CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text[from])) {
            from--;
        }
        if (to < doc.length() && Character.isLowSurrogate(text[to])) {
            to++;
        }
        char[] out = buffer.length > 2 * (to - from) ? buffer : new char[2 * (to - from) + 2];
        int n = 0;
        int afterSpace = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            int space = Chars.whitespaceBit(c);
            int keep = space ^ 1;
            out[n] = ' ';
            n += afterSpace & keep & (-n >>> 31);
            out[n] = c;
            n += keep;
            afterSpace = space;
        }
        return new String(out, 0, n);
    }
}
