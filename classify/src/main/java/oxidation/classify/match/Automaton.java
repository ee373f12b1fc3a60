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

    /** Alphabet class of every char; 0 for chars no pattern uses. */
    private final byte[] classOf;
    private final int width;
    /**
     * Transitions: the next state, pre-multiplied by width, at {@code state + class}; the sign bit is set
     * when the next state has outputs, so the scan loop tests one int.
     */
    private final int[] delta;
    /** Per state (index state / width): start of its outputs in {@link #outputs}, and end at next. */
    private final int[] outputStart;
    private final int[] outputs;

    private Automaton(byte[] classOf, int width, int[] delta, int[] outputStart, int[] outputs) {
        this.classOf = classOf;
        this.width = width;
        this.delta = delta;
        this.outputStart = outputStart;
        this.outputs = outputs;
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
        for (int p = 0; p < patterns.size(); p++) {
            trie.add(collapse(patterns.get(p)), p, classOf);
        }
        return trie.compile(classOf);
    }

    /** Finds every occurrence of every pattern, in order of their end. */
    void scan(CharSequence text, Sink sink) {
        final byte[] classes = classOf;
        final int[] next = delta;
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int t = next[state + classes[text.charAt(i)]];
            state = t & Integer.MAX_VALUE;
            if (t < 0) {
                emit(state / width, i, sink);
            }
        }
    }

    private void emit(int node, int end, Sink sink) {
        for (int k = outputStart[node]; k < outputStart[node + 1]; k++) {
            sink.found(outputs[k], end);
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

        Automaton compile(byte[] classOf) {
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
            return flatten(classOf, delta, outs);
        }

        private Automaton flatten(byte[] classOf, int[][] delta, int[][] outs) {
            int nodes = delta.length;
            int[] table = new int[nodes * width];
            int[] start = new int[nodes + 1];
            int total = 0;
            for (int node = 0; node < nodes; node++) {
                for (int c = 0; c < width; c++) {
                    int target = delta[node][c];
                    table[node * width + c] = outs[target].length > 0 ? (target * width) | Integer.MIN_VALUE : target * width;
                }
                start[node] = total;
                total += outs[node].length;
            }
            start[nodes] = total;
            int[] flat = new int[total];
            for (int node = 0; node < nodes; node++) {
                System.arraycopy(outs[node], 0, flat, start[node], outs[node].length);
            }
            return new Automaton(classOf, width, table, start, flat);
        }

        private static int[] concat(int[] a, int[] b) {
            int[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
