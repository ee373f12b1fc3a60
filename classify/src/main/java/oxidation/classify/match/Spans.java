package oxidation.classify.match;

import java.util.Arrays;

/** The spans of one tool's mentions, {start, end} pairs, merged into text order on demand. Reused by one thread. */
final class Spans {
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
