package oxidation.classify.match;

import java.util.Arrays;
import java.util.List;

/** The relevance signals of one document: which phrases of the catalog's signal lists occur, and the first where. */
final class Signals {

    static final List<String> NAMES = List.of("rust", "rustNot", "link", "python", "rustCode", "releaseNotes",
            "pydanticV1", "pydanticV2", "pydanticCore");
    static final int RUST = 0;
    static final int RUST_NOT = 1;
    static final int LINK = 2;
    static final int PYTHON = 3;
    static final int RUST_CODE = 4;
    static final int RELEASE_NOTES = 5;
    static final int PYDANTIC_V1 = 6;
    static final int PYDANTIC_V2 = 7;
    static final int PYDANTIC_CORE = 8;

    /** Per signal, the smallest start of a phrase of its list, or {@link Integer#MAX_VALUE} when none occurs. */
    private final int[] first = new int[NAMES.size()];

    Signals(Patterns patterns, Hits hits) {
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < hits.size(); i++) {
            int bits = patterns.signalBits(hits.pattern(i));
            if (bits == 0 || !hits.fits(i, Hits.LOOSE)) {
                continue;
            }
            for (int k = 0; bits != 0; k++, bits >>>= 1) {
                if ((bits & 1) != 0) {
                    first[k] = Math.min(first[k], hits.start(i));
                }
            }
        }
    }

    boolean any(int signal) {
        return first[signal] != Integer.MAX_VALUE;
    }

    /** Whether a phrase of the list starts before this offset. */
    boolean anyBefore(int signal, int offset) {
        return first[signal] < offset;
    }

    boolean pydanticV2() {
        return any(PYDANTIC_V2);
    }

    boolean pydanticV1Only() {
        return any(PYDANTIC_V1) && !pydanticV2();
    }
}
