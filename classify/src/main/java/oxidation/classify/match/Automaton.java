package oxidation.classify.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho-Corasick automaton compiled to a dense transition table over a small alphabet. Case folding is
 * part of the alphabet map (every char maps to the class of its lower case), and a run of whitespace
 * counts as one space, so one pass over the raw text finds every pattern. Immutable and thread-safe.
 */
final class Automaton {

    private static final char SPACE = ' ';
    /** A table entry: the next state's number in the low 15 bits, and the bit above when it has outputs. */
    private static final int STATE = 0x7FFF;
    private static final int OUTPUT = 0x8000;
    /** Texts from this length on are scanned as four interleaved parts. */
    static final int SPLIT = 512;

    /** Alphabet class of every char; 0 for chars no pattern uses. */
    private final byte[] classOf;
    /** Rows of the table are {@code 1 << shift} ints apart: a power of two, so a state's row is a shift away. */
    private final int shift;
    /**
     * Transitions at {@code row + class}, a state's row being its number shifted by {@link #shift}: the next
     * state's number ({@link #STATE} bits) with {@link #OUTPUT} set when it has outputs, so the scan loop
     * tests one char.
     */
    private final char[] delta;
    /** Per state (index {@code state >>> shift}): start of its outputs in {@link #outputs}, and end at next. */
    private final int[] outputStart;
    private final int[] outputs;
    /** The class of whitespace, and the length of the longest pattern (the deepest state). */
    private final int spaceClass;
    private final int maxDepth;

    private Automaton(byte[] classOf, int shift, char[] delta, int[] outputStart, int[] outputs, int maxDepth) {
        this.classOf = classOf;
        this.shift = shift;
        this.delta = delta;
        this.outputStart = outputStart;
        this.outputs = outputs;
        this.spaceClass = classOf[SPACE];
        this.maxDepth = maxDepth;
    }

    /** Receives each pattern found: its index and the index of its last char in the text. */
    interface Sink {
        void found(int pattern, int end);
    }

    /** An automaton for these patterns, matched case-insensitively; patterns must be lower case. */
    static Automaton of(List<String> patterns) {
        byte[] classOf = alphabet(patterns);
        int width = 0;
        for (byte c : classOf) {
            width = Math.max(width, c + 1);
        }
        Trie trie = new Trie(width);
        int maxDepth = 0;
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = collapse(patterns.get(p));
            trie.add(pattern, p, classOf);
            maxDepth = Math.max(maxDepth, pattern.length());
        }
        return trie.compile(classOf, maxDepth);
    }

    /** Finds every occurrence of every pattern, in order of their end. */
    void scan(CharSequence text, Sink sink) {
        char[] chars = text.toString().toCharArray();
        Matches matches = new Matches();
        scan(chars, chars.length, matches);
        for (int k = 0; k < matches.size; k++) {
            emit(matches.states[k] >>> shift, matches.ends[k], sink);
        }
    }

    /**
     * The states with outputs that a scan of {@code text[0, length)} passes, and where, in order of their
     * end. Texts of {@value #SPLIT} chars or more are cut in four parts scanned side by side in one loop,
     * so the four chains of table lookups overlap in the CPU; each part but the first starts from the root
     * early enough (after {@code maxDepth} chars that are not whitespace) to be in the exact state where
     * it begins, since a state is the longest pattern prefix the text ends with. The parts are cut so that
     * each chain, lead-in included, reads about as many chars.
     */
    void scan(char[] text, int length, Matches matches) {
        matches.reset(length);
        if (length < SPLIT) {
            matches.size = run(text, 0, 0, length, 0, matches, 0);
            return;
        }
        int[] ends = matches.ends;
        int[] states = matches.states;
        int part = (length + 3 * warmUpGuess()) / 4;
        int s1 = part;
        int q1 = warmUp(text, s1);
        int s2 = Math.min(length - 2, Math.max(s1 + 1, q1 + part));
        int q2 = warmUp(text, s2);
        int s3 = Math.min(length - 1, Math.max(s2 + 1, q2 + part));
        int q3 = warmUp(text, s3);
        final byte[] classes = classOf;
        final char[] next = delta;
        final int sh = shift;
        int st0 = 0;
        int st1 = 0;
        int st2 = 0;
        int st3 = 0;
        int w0 = 0;
        int w1 = s1;
        int w2 = s2;
        int w3 = s3;
        int any = 0;
        int steps = Math.min(Math.min(s1, s2 - q1), Math.min(s3 - q2, length - q3));
        for (int i = 0; i < steps; i++) {
            int p1 = q1 + i;
            int p2 = q2 + i;
            int p3 = q3 + i;
            char c0 = text[i];
            char c1 = text[p1];
            char c2 = text[p2];
            char c3 = text[p3];
            any |= c0 | c1 | c2 | c3;
            int t0 = next[st0 + classes[c0]];
            int t1 = next[st1 + classes[c1]];
            int t2 = next[st2 + classes[c2]];
            int t3 = next[st3 + classes[c3]];
            st0 = (t0 & STATE) << sh;
            st1 = (t1 & STATE) << sh;
            st2 = (t2 & STATE) << sh;
            st3 = (t3 & STATE) << sh;
            if (((t0 | t1 | t2 | t3) & OUTPUT) != 0) {
                if (t0 >= OUTPUT) {
                    ends[w0] = i;
                    states[w0++] = st0;
                }
                if (t1 >= OUTPUT && p1 >= s1) {
                    ends[w1] = p1;
                    states[w1++] = st1;
                }
                if (t2 >= OUTPUT && p2 >= s2) {
                    ends[w2] = p2;
                    states[w2++] = st2;
                }
                if (t3 >= OUTPUT && p3 >= s3) {
                    ends[w3] = p3;
                    states[w3++] = st3;
                }
            }
        }
        matches.any = any;
        w0 = run(text, steps, st0, s1, 0, matches, w0);
        w1 = run(text, q1 + steps, st1, s2, s1, matches, w1);
        w2 = run(text, q2 + steps, st2, s3, s2, matches, w2);
        w3 = run(text, q3 + steps, st3, length, s3, matches, w3);
        int size = w0;
        size = compact(ends, states, s1, w1, size);
        size = compact(ends, states, s2, w2, size);
        matches.size = compact(ends, states, s3, w3, size);
    }

    /** One chain from {@code from} to {@code to} in state {@code state}, reporting ends from {@code report} on. */
    private int run(char[] text, int from, int state, int to, int report, Matches matches, int written) {
        final byte[] classes = classOf;
        final char[] next = delta;
        final int sh = shift;
        final int[] ends = matches.ends;
        final int[] states = matches.states;
        int w = written;
        int st = state;
        int any = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            any |= c;
            int t = next[st + classes[c]];
            st = (t & STATE) << sh;
            if (t >= OUTPUT && i >= report) {
                ends[w] = i;
                states[w++] = st;
            }
        }
        matches.any |= any;
        return w;
    }

    private static int compact(int[] ends, int[] states, int from, int to, int size) {
        System.arraycopy(ends, from, ends, size, to - from);
        System.arraycopy(states, from, states, size, to - from);
        return size + to - from;
    }

    /** About how many chars a chain reads before its part: the longest pattern and some spaces. */
    private int warmUpGuess() {
        return maxDepth + maxDepth / 5;
    }

    /** Where a chain must start to be in the exact state at {@code at}: {@code maxDepth} non-space chars back. */
    private int warmUp(char[] text, int at) {
        int q = at;
        int seen = 0;
        while (q > 0 && seen < maxDepth) {
            q--;
            if (classOf[text[q]] != spaceClass) {
                seen++;
            }
        }
        return q;
    }

    /** The alphabet class of every char (0 for chars no pattern uses), for benchmarks; not to be changed. */
    byte[] classes() {
        return classOf;
    }

    /** The patterns of a state from {@link Matches}, in the order a scan reports them: longest first. */
    int outputsFrom(int state) {
        return outputStart[state >>> shift];
    }

    int outputsTo(int state) {
        return outputStart[(state >>> shift) + 1];
    }

    int output(int k) {
        return outputs[k];
    }

    private void emit(int node, int end, Sink sink) {
        for (int k = outputStart[node]; k < outputStart[node + 1]; k++) {
            sink.found(outputs[k], end);
        }
    }

    /**
     * What one scan found: the end and the state of each stop at a state with outputs, and whether the text
     * holds a char beyond ASCII. Reused per thread.
     */
    static final class Matches {
        int size;
        int[] ends = new int[0];
        int[] states = new int[0];
        /** The bitwise or of every char scanned. */
        int any;

        boolean ascii() {
            return any < 0x80;
        }

        void reset(int length) {
            size = 0;
            any = 0;
            if (ends.length < length) {
                ends = new int[Math.max(length, 2 * ends.length)];
                states = new int[ends.length];
            }
        }
    }

    /** The pattern as the automaton sees it: whitespace runs become one space. */
    static String collapse(String pattern) {
        return pattern.strip().replaceAll("\\s+", " ");
    }

    private static byte[] alphabet(List<String> patterns) {
        byte[] classOf = new byte[Character.MAX_VALUE + 1];
        byte[] classOfLower = new byte[Character.MAX_VALUE + 1];
        int next = 1;
        classOfLower[SPACE] = (byte) next++;
        for (String pattern : patterns) {
            for (char c : collapse(pattern).toCharArray()) {
                if (classOfLower[c] == 0) {
                    if (next > Byte.MAX_VALUE) {
                        throw new IllegalArgumentException("patterns use more than " + Byte.MAX_VALUE + " distinct chars");
                    }
                    classOfLower[c] = (byte) next++;
                }
            }
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : Character.toLowerCase((char) c);
            classOf[c] = classOfLower[folded];
        }
        return classOf;
    }

    /** The goto trie, before failure links turn it into a dense automaton. */
    private static final class Trie {
        private final int width;
        private final List<int[]> children = new ArrayList<>();
        private final List<int[]> outputsOf = new ArrayList<>();
        private final List<Boolean> reachedBySpace = new ArrayList<>();

        Trie(int width) {
            this.width = width;
            newNode(false);
        }

        private int newNode(boolean bySpace) {
            int[] row = new int[width];
            Arrays.fill(row, -1);
            children.add(row);
            outputsOf.add(new int[0]);
            reachedBySpace.add(bySpace);
            return children.size() - 1;
        }

        void add(String pattern, int id, byte[] classOf) {
            int node = 0;
            for (char c : pattern.toCharArray()) {
                int cls = classOf[c];
                if (children.get(node)[cls] < 0) {
                    int child = newNode(c == SPACE);
                    children.get(node)[cls] = child;
                }
                node = children.get(node)[cls];
            }
            int[] old = outputsOf.get(node);
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = id;
            outputsOf.set(node, grown);
        }

        Automaton compile(byte[] classOf, int maxDepth) {
            int nodes = children.size();
            int[] fail = new int[nodes];
            int[][] delta = new int[nodes][];
            int[][] outs = new int[nodes][];
            delta[0] = children.get(0).clone();
            outs[0] = outputsOf.get(0);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int c = 0; c < width; c++) {
                if (delta[0][c] < 0) {
                    delta[0][c] = 0;
                } else {
                    fail[delta[0][c]] = 0;
                    queue.add(delta[0][c]);
                }
            }
            while (!queue.isEmpty()) {
                int node = queue.poll();
                int[] row = children.get(node).clone();
                outs[node] = concat(outputsOf.get(node), outs[fail[node]]);
                for (int c = 0; c < width; c++) {
                    if (row[c] < 0) {
                        row[c] = delta[fail[node]][c];
                    } else {
                        fail[row[c]] = node == 0 ? 0 : delta[fail[node]][c];
                        queue.add(row[c]);
                    }
                }
                delta[node] = row;
            }
            int spaceCls = classOf[SPACE];
            for (int node = 1; node < nodes; node++) {
                if (reachedBySpace.get(node)) {
                    delta[node][spaceCls] = node;
                }
            }
            return flatten(classOf, delta, outs, maxDepth);
        }

        private Automaton flatten(byte[] classOf, int[][] delta, int[][] outs, int maxDepth) {
            int nodes = delta.length;
            int shift = 32 - Integer.numberOfLeadingZeros(width - 1);
            if (nodes > STATE + 1) {
                throw new IllegalArgumentException("patterns make " + nodes + " states, more than " + (STATE + 1));
            }
            char[] table = new char[nodes << shift];
            int[] start = new int[nodes + 1];
            int total = 0;
            for (int node = 0; node < nodes; node++) {
                for (int c = 0; c < width; c++) {
                    int target = delta[node][c];
                    table[(node << shift) + c] = (char) (outs[target].length > 0 ? target | OUTPUT : target);
                }
                start[node] = total;
                total += outs[node].length;
            }
            start[nodes] = total;
            int[] flat = new int[total];
            for (int node = 0; node < nodes; node++) {
                System.arraycopy(outs[node], 0, flat, start[node], outs[node].length);
            }
            return new Automaton(classOf, shift, table, start, flat, maxDepth);
        }

        private static int[] concat(int[] a, int[] b) {
            int[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
