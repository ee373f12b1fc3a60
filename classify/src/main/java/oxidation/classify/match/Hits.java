package oxidation.classify.match;

import java.util.Arrays;

/**
 * Every pattern occurrence found in one text, in order of their end, with how well each sits between
 * word boundaries. Built by one scan; not thread-safe.
 */
final class Hits implements Automaton.Sink {

    /** The occurrence is not glued to a letter, digit or underscore on either side. */
    static final int LOOSE = 1;
    /** As {@link #LOOSE}, and not glued by {@code - . _} to a longer name ({@code uv-index}, {@code bpy.ops.uv}). */
    static final int STRICT = 2;
    /** As {@link #LOOSE} before, strict after: a URL fragment that ends where the path segment ends. */
    static final int URL = 4;

    private final String text;
    private final Patterns patterns;
    private int size;
    private int[] pattern = new int[64];
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] fit = new int[64];

    private Hits(String text, Patterns patterns) {
        this.text = text;
        this.patterns = patterns;
    }

    static Hits scan(String text, Patterns patterns) {
        Hits hits = new Hits(text, patterns);
        patterns.automaton().scan(text, hits);
        return hits;
    }

    @Override
    public void found(int p, int last) {
        int from = patterns.spaced(p) ? startOf(patterns.text(p), last) : last - patterns.length(p) + 1;
        int to = last + 1;
        boolean checkBefore = patterns.wordStart(p);
        boolean checkAfter = patterns.wordEnd(p);
        char before = from > 0 ? text.charAt(from - 1) : ' ';
        char after = to < text.length() ? text.charAt(to) : ' ';
        char afterNext = to + 1 < text.length() ? text.charAt(to + 1) : ' ';
        boolean looseBefore = !checkBefore || !wordChar(before);
        boolean looseAfter = !checkAfter || !wordChar(after);
        boolean strictBefore = looseBefore && (!checkBefore || (before != '-' && before != '.'));
        boolean strictAfter = looseAfter && (!checkAfter || !((after == '-' || after == '.') && wordChar(afterNext)));
        int flags = (looseBefore && looseAfter ? LOOSE : 0)
                | (strictBefore && strictAfter ? STRICT : 0)
                | (looseBefore && strictAfter ? URL : 0);
        if (flags != 0) {
            add(p, from, to, flags);
        }
    }

    /** Whether a char glues to a word: a letter or digit of an alphabetic script, or an underscore. */
    private static boolean wordChar(char c) {
        return c == '_' || (Character.isLetterOrDigit(c) && c < 0x2E80);
    }

    private int startOf(String word, int last) {
        int j = last;
        for (int k = word.length() - 1; k >= 0; k--) {
            if (word.charAt(k) == ' ') {
                while (j >= 0 && (Character.isWhitespace(text.charAt(j)) || Character.isSpaceChar(text.charAt(j)))) {
                    j--;
                }
            } else {
                j--;
            }
        }
        return j + 1;
    }

    private void add(int p, int from, int to, int flags) {
        if (size == pattern.length) {
            pattern = Arrays.copyOf(pattern, size * 2);
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            fit = Arrays.copyOf(fit, size * 2);
        }
        pattern[size] = p;
        start[size] = from;
        end[size] = to;
        fit[size] = flags;
        size++;
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int pattern(int i) {
        return pattern[i];
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    boolean fits(int i, int flag) {
        return (fit[i] & flag) != 0;
    }
}
