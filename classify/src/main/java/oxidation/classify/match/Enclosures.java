package oxidation.classify.match;

import java.util.Arrays;

/**
 * Spans that answer in logarithmic time whether one of them encloses a given span: sorted by start, with the
 * furthest end of each prefix. A text with thousands of a tool's URLs and names then costs no more than
 * their count times a binary search. Reused by one thread.
 */
final class Enclosures {

    /** Each span as {@code start << 32 | end}; both are offsets, never negative. */
    private long[] spans = new long[32];
    private int[] furthestEnd = new int[32];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int start, int end) {
        if (size == spans.length) {
            spans = Arrays.copyOf(spans, 2 * size);
            furthestEnd = new int[2 * size];
        }
        spans[size++] = (long) start << 32 | end;
    }

    /** Orders the spans added since {@link #clear}; call it before {@link #encloses}. */
    void seal() {
        Arrays.sort(spans, 0, size);
        int furthest = Integer.MIN_VALUE;
        for (int k = 0; k < size; k++) {
            furthest = Math.max(furthest, (int) spans[k]);
            furthestEnd[k] = furthest;
        }
    }

    /** Whether one of the spans starts at or before {@code start} and ends at or after {@code end}. */
    boolean encloses(int start, int end) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if ((int) (spans[middle] >>> 32) <= start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low > 0 && furthestEnd[low - 1] >= end;
    }
}
