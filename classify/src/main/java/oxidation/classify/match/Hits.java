package oxidation.classify.match;

import java.util.Arrays;

/**
 * Every pattern occurrence found in one text, in order of their end, with how well each sits between
 * word boundaries; occurrences that fit none are left out. Refilled per document; not thread-safe.
 */
final class Hits {

    /** The occurrence is not glued to a letter, digit or underscore on either side. */
    static final int LOOSE = 1;
    /** As {@link #LOOSE}, and not glued by {@code - . _} to a longer name ({@code uv-index}, {@code bpy.ops.uv}). */
    static final int STRICT = 2;
    /** As {@link #LOOSE} before, strict after: a URL fragment that ends where the path segment ends. */
    static final int URL = 4;

    private char[] text;
    private int length;
    private int size;
    private int[] pattern = new int[256];
    private int[] start = new int[256];
    private int[] end = new int[256];
    private int[] fit = new int[256];

    /** The occurrences of a scan of the document that fit a word boundary. */
    Hits collect(Document doc, Patterns patterns, Automaton.Matches matches) {
        this.text = doc.chars();
        this.length = doc.length();
        this.size = 0;
        Automaton automaton = patterns.automaton();
        int[] ends = matches.ends;
        int[] states = matches.states;
        for (int m = 0; m < matches.size; m++) {
            for (int k = automaton.outputsFrom(states[m]), to = automaton.outputsTo(states[m]); k < to; k++) {
                found(patterns, automaton.output(k), ends[m]);
            }
        }
        return this;
    }

    private void found(Patterns patterns, int p, int last) {
        int from = patterns.spaced(p) ? startOf(patterns.text(p), last) : last - patterns.length(p) + 1;
        int to = last + 1;
        boolean checkBefore = patterns.wordStart(p);
        boolean checkAfter = patterns.wordEnd(p);
        char before = from > 0 ? text[from - 1] : ' ';
        char after = to < length ? text[to] : ' ';
        char afterNext = to + 1 < length ? text[to + 1] : ' ';
        boolean looseBefore = !checkBefore || !Chars.word(before);
        boolean looseAfter = !checkAfter || !Chars.word(after);
        boolean strictBefore = looseBefore && (!checkBefore || (before != '-' && before != '.'));
        boolean strictAfter = looseAfter && (!checkAfter || !((after == '-' || after == '.') && Chars.word(afterNext)));
        int flags = (looseBefore && looseAfter ? LOOSE : 0)
                | (strictBefore && strictAfter ? STRICT : 0)
                | (looseBefore && strictAfter ? URL : 0);
        if (flags != 0) {
            add(p, from, to, flags);
        }
    }

    private int startOf(String word, int last) {
        int j = last;
        for (int k = word.length() - 1; k >= 0; k--) {
            if (word.charAt(k) == ' ') {
                while (j >= 0 && Chars.space(text[j])) {
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
