package oxidation.classify.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    ToolRules(Patterns patterns) {
        this.patterns = patterns;
    }

    /** The accepted tools of a document, in catalog order. */
    List<Decision> decide(Document doc, Hits hits, Signals signals) {
        Map<Integer, Occurrences> byTool = collect(hits);
        if (doc.releaseTool() != null) {
            for (int t = 0; t < patterns.tools().size(); t++) {
                if (patterns.tools().get(t).id().equals(doc.releaseTool())) {
                    byTool.computeIfAbsent(t, k -> new Occurrences());
                }
            }
        }
        List<Decision> decisions = new ArrayList<>();
        byTool.forEach((t, occ) -> {
            Decision decision = decide(t, occ, doc, hits, signals);
            if (decision != null) {
                decisions.add(decision);
            }
        });
        return decisions;
    }

    private Map<Integer, Occurrences> collect(Hits hits) {
        Map<Integer, Occurrences> byTool = new TreeMap<>();
        for (int i = 0; i < hits.size(); i++) {
            for (int encoded : patterns.roles(hits.pattern(i))) {
                Patterns.Role role = Patterns.role(encoded);
                int flag = switch (role) {
                    case NAME -> Hits.STRICT;
                    case URL -> Hits.URL;
                    case FORM, NOT -> Hits.LOOSE;
                };
                if (hits.fits(i, flag)) {
                    byTool.computeIfAbsent(Patterns.tool(encoded), k -> new Occurrences()).add(role, i);
                }
            }
        }
        return byTool;
    }

    private Decision decide(int t, Occurrences occ, Document doc, Hits hits, Signals signals) {
        Tool tool = patterns.tools().get(t);
        List<int[]> strong = new ArrayList<>();
        occ.forms.forEach(i -> strong.add(span(hits, i)));
        occ.urls.forEach(i -> strong.add(span(hits, i)));
        List<int[]> names = new ArrayList<>();
        boolean nameInContext = false;
        for (int i : occ.names) {
            int[] span = span(hits, i);
            if (inside(span, occ.nots, hits) || covered(span, strong)) {
                continue;
            }
            if (!tool.ambiguous() || hasContext(t, i, hits)) {
                names.add(span);
                nameInContext |= tool.ambiguous();
            }
        }
        String rule = tool.id().equals(doc.releaseTool()) ? "release-notes"
                : !occ.forms.isEmpty() ? "code-form"
                : !occ.urls.isEmpty() ? "url"
                : names.isEmpty() ? null
                : nameInContext ? "name-in-context" : "name";
        if (rule == null || (tool.id().equals(PYDANTIC) && signals.pydanticV1Only())) {
            return null;
        }
        List<int[]> spans = merge(strong, names);
        boolean inTitle = tool.id().equals(PYDANTIC) ? signals.anyBefore("pydanticCore", doc.titleEnd())
                : spans.stream().anyMatch(s -> s[1] <= doc.titleEnd());
        return new Decision(t, rule, confidence(rule, spans.size()), spans, inTitle);
    }

    private boolean hasContext(int t, int at, Hits hits) {
        int from = hits.start(at) - WINDOW;
        int to = hits.end(at) + WINDOW;
        for (int j = at - 1; j >= 0 && hits.end(j) >= from; j--) {
            if (isContextHit(t, j, at, hits)) {
                return true;
            }
        }
        for (int j = at + 1; j < hits.size() && hits.start(j) <= to; j++) {
            if (hits.end(j) <= to && isContextHit(t, j, at, hits)) {
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

    private static int[] span(Hits hits, int i) {
        return new int[] {hits.start(i), hits.end(i)};
    }

    private static boolean inside(int[] span, List<Integer> outer, Hits hits) {
        for (int o : outer) {
            if (hits.start(o) <= span[0] && span[1] <= hits.end(o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(int[] span, List<int[]> outer) {
        return outer.stream().anyMatch(o -> o[0] <= span[0] && span[1] <= o[1]);
    }

    private static List<int[]> merge(List<int[]> a, List<int[]> b) {
        List<int[]> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : all) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] < last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        return merged;
    }

    /** The occurrences of one tool's patterns, by role, as hit indexes. */
    private static final class Occurrences {
        final List<Integer> names = new ArrayList<>();
        final List<Integer> forms = new ArrayList<>();
        final List<Integer> urls = new ArrayList<>();
        final List<Integer> nots = new ArrayList<>();

        void add(Patterns.Role role, int hit) {
            switch (role) {
                case NAME -> names.add(hit);
                case FORM -> forms.add(hit);
                case URL -> urls.add(hit);
                case NOT -> nots.add(hit);
            }
        }
    }
}
