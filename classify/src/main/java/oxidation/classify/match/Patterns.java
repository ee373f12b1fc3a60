package oxidation.classify.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxidation.classify.catalog.Catalog;
import oxidation.classify.catalog.Tool;

/**
 * The catalog compiled for matching: every name, form, URL fragment, look-alike phrase, context word and
 * relevance signal is one pattern of one automaton, and each pattern knows the roles it plays.
 */
final class Patterns {

    /** What a pattern means for a tool. */
    enum Role { NAME, FORM, URL, NOT }

    private static final Role[] ROLES = Role.values();

    private final List<Tool> tools;
    private final List<String> texts;
    private final Automaton automaton;
    /** Per pattern: its tool roles, each {@code role.ordinal() << 16 | tool}. */
    private final int[][] roles;
    /** Per tool, per pattern: whether the pattern is a context word of the tool. */
    private final boolean[][] contextOf;
    /** Per pattern: its length, and whether it holds a space (so its start must be found by walking back). */
    private final int[] length;
    private final boolean[] spaced;
    /** Per pattern: whether its first / last char is a letter or digit, so a word boundary is checked there. */
    private final boolean[] wordStart;
    private final boolean[] wordEnd;
    /** Per pattern: a bit per signal list it belongs to, in the order of {@link Signals#NAMES}. */
    private final int[] signalBits;

    Patterns(Catalog catalog) {
        this.tools = catalog.tools();
        Map<String, Integer> ids = new LinkedHashMap<>();
        Map<Integer, List<Integer>> roleLists = new LinkedHashMap<>();
        for (int t = 0; t < tools.size(); t++) {
            Tool tool = tools.get(t);
            addAll(ids, roleLists, tool.names(), Role.NAME, t);
            addAll(ids, roleLists, tool.forms(), Role.FORM, t);
            addAll(ids, roleLists, tool.urls(), Role.URL, t);
            addAll(ids, roleLists, tool.notTool(), Role.NOT, t);
        }
        List<List<Integer>> contextIds = new ArrayList<>();
        for (Tool tool : tools) {
            List<Integer> words = new ArrayList<>();
            for (String word : tool.context()) {
                List<String> expanded = word.startsWith("@") ? catalog.contexts().get(word.substring(1)) : List.of(word);
                for (String w : expanded) {
                    if (!tool.names().contains(w.toLowerCase())) {
                        words.add(id(ids, w));
                    }
                }
            }
            contextIds.add(words);
        }
        Map<String, List<Integer>> signalIds = new LinkedHashMap<>();
        catalog.signals().forEach((name, words) -> signalIds.put(name, words.stream().map(w -> id(ids, w)).toList()));

        this.texts = List.copyOf(ids.keySet());
        this.automaton = Automaton.of(texts);
        this.length = new int[texts.size()];
        this.spaced = new boolean[texts.size()];
        this.wordStart = new boolean[texts.size()];
        this.wordEnd = new boolean[texts.size()];
        for (int p = 0; p < texts.size(); p++) {
            String word = texts.get(p);
            length[p] = word.length();
            spaced[p] = word.indexOf(' ') >= 0;
            wordStart[p] = Character.isLetterOrDigit(word.charAt(0));
            wordEnd[p] = Character.isLetterOrDigit(word.charAt(word.length() - 1));
        }
        this.roles = new int[texts.size()][];
        for (int p = 0; p < texts.size(); p++) {
            roles[p] = roleLists.getOrDefault(p, List.of()).stream().mapToInt(Integer::intValue).toArray();
        }
        this.contextOf = new boolean[tools.size()][texts.size()];
        for (int t = 0; t < tools.size(); t++) {
            for (int p : contextIds.get(t)) {
                contextOf[t][p] = true;
            }
        }
        this.signalBits = new int[texts.size()];
        for (int k = 0; k < Signals.NAMES.size(); k++) {
            int bit = 1 << k;
            signalIds.getOrDefault(Signals.NAMES.get(k), List.of()).forEach(p -> signalBits[p] |= bit);
        }
    }

    private static void addAll(Map<String, Integer> ids, Map<Integer, List<Integer>> roleLists, List<String> words,
            Role role, int tool) {
        for (String word : words) {
            int p = id(ids, word);
            roleLists.computeIfAbsent(p, k -> new ArrayList<>()).add(role.ordinal() << 16 | tool);
        }
    }

    private static int id(Map<String, Integer> ids, String word) {
        String key = Automaton.collapse(word.toLowerCase());
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the catalog holds an empty pattern");
        }
        return ids.computeIfAbsent(key, k -> ids.size());
    }

    Automaton automaton() {
        return automaton;
    }

    List<Tool> tools() {
        return tools;
    }

    String text(int pattern) {
        return texts.get(pattern);
    }

    int size() {
        return texts.size();
    }

    int length(int pattern) {
        return length[pattern];
    }

    boolean spaced(int pattern) {
        return spaced[pattern];
    }

    boolean wordStart(int pattern) {
        return wordStart[pattern];
    }

    boolean wordEnd(int pattern) {
        return wordEnd[pattern];
    }

    int[] roles(int pattern) {
        return roles[pattern];
    }

    static Role role(int encoded) {
        return ROLES[encoded >>> 16];
    }

    static int tool(int encoded) {
        return encoded & 0xFFFF;
    }

    boolean isContext(int tool, int pattern) {
        return contextOf[tool][pattern];
    }

    /** The signal lists the pattern belongs to: bit k for {@code Signals.NAMES.get(k)}. */
    int signalBits(int pattern) {
        return signalBits[pattern];
    }
}
