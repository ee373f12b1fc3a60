package oxidation.classify.match;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** The accepted tools of a document, in catalog order. */
    List<Decision> decide(Document doc, Hits hits, Signals signals) {
        Occurrences occ = collect(hits);
        if (doc.releaseTool() != null) {
            for (int t = 0; t < patterns.tools().size(); t++) {
                if (patterns.tools().get(t).id().equals(doc.releaseTool())) {
                    occ.touch(t);
                }
            }
        }
        List<Decision> decisions = new ArrayList<>();
        Spans spans = new Spans();
        for (int t = occ.nextTool(0); t >= 0; t = occ.nextTool(t + 1)) {
            Decision decision = decide(t, occ, doc, hits, signals, spans);
            if (decision != null) {
                decisions.add(decision);
            }
        }
        return decisions;
    }

    private Occurrences collect(Hits hits) {
        Occurrences occ = new Occurrences(patterns.tools().size());
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

    private Decision decide(int t, Occurrences occ, Document doc, Hits hits, Signals signals, Spans spans) {
        Tool tool = patterns.tools().get(t);
        spans.clear();
        for (int e = occ.first(t, Patterns.Role.FORM); e >= 0; e = occ.next(e)) {
            spans.add(hits.start(occ.hit(e)), hits.end(occ.hit(e)));
        }
        for (int e = occ.first(t, Patterns.Role.URL); e >= 0; e = occ.next(e)) {
            spans.add(hits.start(occ.hit(e)), hits.end(occ.hit(e)));
        }
        int strong = spans.size();
        boolean nameInContext = false;
        for (int e = occ.first(t, Patterns.Role.NAME); e >= 0; e = occ.next(e)) {
            int i = occ.hit(e);
            int start = hits.start(i);
            int end = hits.end(i);
            if (inside(start, end, occ, t, hits) || spans.covers(strong, start, end)) {
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

    /** Whether a look-alike phrase of the tool encloses the span. */
    private static boolean inside(int start, int end, Occurrences occ, int t, Hits hits) {
        for (int e = occ.first(t, Patterns.Role.NOT); e >= 0; e = occ.next(e)) {
            int o = occ.hit(e);
            if (hits.start(o) <= start && end <= hits.end(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The occurrences of every tool's patterns, by role, as hit indexes: one linked list per tool and role
     * (order within a list does not matter to the rules), and which tools have any.
     */
    private static final class Occurrences {
        private static final int ROLES = Patterns.Role.values().length;

        /** Per tool and role: the first entry, plus one (0 = none). */
        private final int[] head;
        private final long[] touched;
        private int[] hit = new int[64];
        private int[] next = new int[64];
        private int size;

        Occurrences(int tools) {
            head = new int[tools * ROLES];
            touched = new long[(tools + 63) / 64];
        }

        void add(int tool, Patterns.Role role, int hitIndex) {
            if (size == hit.length) {
                hit = Arrays.copyOf(hit, size * 2);
                next = Arrays.copyOf(next, size * 2);
            }
            int slot = tool * ROLES + role.ordinal();
            hit[size] = hitIndex;
            next[size] = head[slot] - 1;
            head[slot] = ++size;
            touch(tool);
        }

        void touch(int tool) {
            touched[tool >>> 6] |= 1L << tool;
        }

        /** The first tool from {@code from} on with occurrences (or a release), or -1. */
        int nextTool(int from) {
            int word = from >>> 6;
            if (word >= touched.length) {
                return -1;
            }
            long bits = touched[word] & (-1L << from);
            while (bits == 0) {
                if (++word == touched.length) {
                    return -1;
                }
                bits = touched[word];
            }
            return word * 64 + Long.numberOfTrailingZeros(bits);
        }

        int first(int tool, Patterns.Role role) {
            return head[tool * ROLES + role.ordinal()] - 1;
        }

        int next(int entry) {
            return next[entry];
        }

        int hit(int entry) {
            return hit[entry];
        }
    }

    /** The spans of one tool's mentions, {start, end} pairs, merged into text order on demand. */
    private static final class Spans {
        private int[] pairs = new int[32];
        private int size;

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        void add(int start, int end) {
            if (2 * size == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * size] = start;
            pairs[2 * size + 1] = end;
            size++;
        }

        /** Whether one of the first {@code count} spans encloses this one. */
        boolean covers(int count, int start, int end) {
            for (int k = 0; k < count; k++) {
                if (pairs[2 * k] <= start && end <= pairs[2 * k + 1]) {
                    return true;
                }
            }
            return false;
        }

        /** The spans by start (longest first at one start), overlapping ones merged, as {start, end} pairs. */
        int[] merged() {
            long[] keys = new long[size];
            for (int k = 0; k < size; k++) {
                keys[k] = (long) pairs[2 * k] << 32 | (Integer.MAX_VALUE - pairs[2 * k + 1]);
            }
            Arrays.sort(keys);
            int[] out = new int[2 * size];
            int n = 0;
            for (long key : keys) {
                int start = (int) (key >>> 32);
                int end = Integer.MAX_VALUE - (int) key;
                if (n > 0 && start < out[n - 1]) {
                    out[n - 1] = Math.max(out[n - 1], end);
                } else {
                    out[n++] = start;
                    out[n++] = end;
                }
            }
            return Arrays.copyOf(out, n);
        }
    }
}
