package oxidation.classify.match;

import java.util.ArrayList;
import java.util.List;
import oxidation.classify.catalog.Tool;

/**
 * Decides, per tool, whether the occurrences the automaton found are mentions of that software. The rules,
 * each with its reason (see the corpus guidelines):
 * <ul>
 *   <li>{@code release-notes}: the article is the tool's own release notes, so it is about the tool.</li>
 *   <li>{@code code-form}: an import, install command, CLI call, config table or descriptive form
 *       ({@code uvx}, {@code import polars}, {@code [tool.ruff]}, "Astral's linter") names only the tool.</li>
 *   <li>{@code url}: a URL of the tool's repository, docs or PyPI page identifies it.</li>
 *   <li>{@code name}: an unambiguous name (orjson, maturin) needs nothing more.</li>
 *   <li>{@code name-in-context}: a common word (uv, ruff, polars, candle) counts only with the tool's
 *       software context words within {@value #WINDOW} chars, since its other senses (ultraviolet,
 *       the bird, polar bears, wax candles) come without them. Another tracked tool named nearby is
 *       context too: lists and tables of tools ("tiktoken, tokenizers") name software.</li>
 *   <li>A name inside a look-alike phrase of the tool ("UV index", "polar bears") never counts, nor a name
 *       glued to a longer identifier ({@code uv-index}, {@code bpy.ops.uv}, {@code pydantic-settings}).</li>
 *   <li>{@code pydantic-core} is dropped when the text speaks of Pydantic v1 only (pins {@code pydantic<2},
 *       v1 API) with no v2 sign, because the Rust core exists only since Pydantic 2.</li>
 * </ul>
 */
final class ToolRules {

    static final int WINDOW = 100;
    private static final String PYDANTIC = "pydantic-core";

    private final Patterns patterns;
    private final int pydanticCore;

    ToolRules(Patterns patterns) {
        this.patterns = patterns;
        int found = -1;
        for (int t = 0; t < patterns.tools().size(); t++) {
            if (patterns.tools().get(t).id().equals(PYDANTIC)) {
                found = t;
            }
        }
        this.pydanticCore = found;
    }

    /** The accepted tools of a document, in catalog order, using the thread's workspace. */
    List<Decision> decide(Document doc, Hits hits, Signals signals, Workspace workspace) {
        Occurrences occ = collect(hits, workspace.occurrences.reset(patterns.tools().size()));
        if (doc.releaseTool() != null) {
            for (int t = 0; t < patterns.tools().size(); t++) {
                if (patterns.tools().get(t).id().equals(doc.releaseTool())) {
                    occ.touch(t);
                }
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (int t = occ.nextTool(0); t >= 0; t = occ.nextTool(t + 1)) {
            Decision decision = decide(t, occ, doc, hits, signals, workspace);
            if (decision != null) {
                decisions.add(decision);
            }
        }
        return decisions;
    }

    private Occurrences collect(Hits hits, Occurrences occ) {
        for (int i = 0; i < hits.size(); i++) {
            for (int encoded : patterns.roles(hits.pattern(i))) {
                Patterns.Role role = Patterns.role(encoded);
                int flag = switch (role) {
                    case NAME -> Hits.STRICT;
                    case URL -> Hits.URL;
                    case FORM, NOT -> Hits.LOOSE;
                };
                if (hits.fits(i, flag)) {
                    occ.add(Patterns.tool(encoded), role, i);
                }
            }
        }
        return occ;
    }

    private Decision decide(int t, Occurrences occ, Document doc, Hits hits, Signals signals, Workspace workspace) {
        Tool tool = patterns.tools().get(t);
        Spans spans = workspace.spans;
        spans.clear();
        Enclosures strongSpans = workspace.strongSpans;
        strongSpans.clear();
        add(spans, strongSpans, occ, t, Patterns.Role.FORM, hits);
        add(spans, strongSpans, occ, t, Patterns.Role.URL, hits);
        strongSpans.seal();
        int strong = spans.size();
        Enclosures lookalikes = workspace.lookalikes;
        lookalikes.clear();
        add(null, lookalikes, occ, t, Patterns.Role.NOT, hits);
        lookalikes.seal();
        boolean nameInContext = false;
        for (int e = occ.first(t, Patterns.Role.NAME); e >= 0; e = occ.next(e)) {
            int i = occ.hit(e);
            int start = hits.start(i);
            int end = hits.end(i);
            if (lookalikes.encloses(start, end) || strongSpans.encloses(start, end)) {
                continue;
            }
            if (!tool.ambiguous() || hasContext(t, i, hits)) {
                spans.add(start, end);
                nameInContext |= tool.ambiguous();
            }
        }
        boolean forms = occ.first(t, Patterns.Role.FORM) >= 0;
        boolean urls = occ.first(t, Patterns.Role.URL) >= 0;
        boolean names = spans.size() > strong;
        String rule = tool.id().equals(doc.releaseTool()) ? "release-notes"
                : forms ? "code-form"
                : urls ? "url"
                : !names ? null
                : nameInContext ? "name-in-context" : "name";
        if (rule == null || (t == pydanticCore && signals.pydanticV1Only())) {
            return null;
        }
        int[] merged = spans.merged();
        boolean inTitle = t == pydanticCore ? signals.anyBefore(Signals.PYDANTIC_CORE, doc.titleEnd())
                : inTitle(merged, doc.titleEnd());
        return new Decision(t, rule, confidence(rule, merged.length / 2), merged, inTitle);
    }

    private static boolean inTitle(int[] spans, int titleEnd) {
        for (int k = 1; k < spans.length; k += 2) {
            if (spans[k] <= titleEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a context hit lies near: a hit other than {@code at} that ends within {@value #WINDOW} chars
     * of it, does not overlap it, sits loosely between word boundaries and is a context word of the tool
     * or names another tracked tool. Hits are in order of their end, so the walk stops at the window.
     */
    private boolean hasContext(int t, int at, Hits hits) {
        int from = hits.start(at) - WINDOW;
        int to = hits.end(at) + WINDOW;
        for (int j = at - 1; j >= 0 && hits.end(j) >= from; j--) {
            if (isContextHit(t, j, at, hits)) {
                return true;
            }
        }
        for (int j = at + 1; j < hits.size() && hits.end(j) <= to; j++) {
            if (isContextHit(t, j, at, hits)) {
                return true;
            }
        }
        return false;
    }

    private boolean isContextHit(int t, int j, int at, Hits hits) {
        boolean overlaps = hits.start(j) < hits.end(at) && hits.start(at) < hits.end(j);
        if (overlaps || !hits.fits(j, Hits.LOOSE)) {
            return false;
        }
        return patterns.isContext(t, hits.pattern(j)) || namesAnotherTool(t, j, hits);
    }

    private boolean namesAnotherTool(int t, int j, Hits hits) {
        for (int encoded : patterns.roles(hits.pattern(j))) {
            int other = Patterns.tool(encoded);
            Tool tool = patterns.tools().get(other);
            Patterns.Role role = Patterns.role(encoded);
            boolean unambiguous = role == Patterns.Role.FORM || role == Patterns.Role.NAME && !tool.ambiguous()
                    && hits.fits(j, Hits.STRICT);
            if (other != t && !tool.incumbent() && unambiguous) {
                return true;
            }
        }
        return false;
    }

    private static double confidence(String rule, int mentions) {
        double base = switch (rule) {
            case "release-notes" -> 1.0;
            case "code-form" -> 0.95;
            case "url", "name" -> 0.9;
            default -> 0.7;
        };
        return Math.min(1.0, base + 0.02 * Math.max(0, mentions - 1));
    }

    /** Adds the spans of the tool's occurrences in this role to both (the first may be null). */
    private static void add(Spans spans, Enclosures enclosures, Occurrences occ, int t, Patterns.Role role, Hits hits) {
        for (int e = occ.first(t, role); e >= 0; e = occ.next(e)) {
            int start = hits.start(occ.hit(e));
            int end = hits.end(occ.hit(e));
            if (spans != null) {
                spans.add(start, end);
            }
            enclosures.add(start, end);
        }
    }
}
