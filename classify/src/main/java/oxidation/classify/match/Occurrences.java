package oxidation.classify.match;

import java.util.Arrays;

/**
 * The occurrences of every tool's patterns, by role, as hit indexes: one linked list per tool and role
 * (order within a list does not matter to the rules), and which tools have any. Reused from document to
 * document by one thread.
 */
final class Occurrences {
    private static final int ROLES = Patterns.Role.values().length;

    /** Per tool and role: the first entry, plus one (0 = none). */
    private int[] head = new int[0];
    private long[] touched = new long[0];
    private int[] hit = new int[64];
    private int[] next = new int[64];
    private int size;

    /** Empties it for a catalog of this many tools, clearing only the lists of the tools last touched. */
    Occurrences reset(int tools) {
        if (head.length != tools * ROLES) {
            head = new int[tools * ROLES];
            touched = new long[(tools + 63) / 64];
        } else {
            for (int t = nextTool(0); t >= 0; t = nextTool(t + 1)) {
                Arrays.fill(head, t * ROLES, t * ROLES + ROLES, 0);
            }
            Arrays.fill(touched, 0L);
        }
        size = 0;
        return this;
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
