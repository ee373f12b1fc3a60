package oxidation.classify.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The relevance signals of one document: which phrases of the catalog's signal lists occur, and where. */
final class Signals {

    static final List<String> NAMES = List.of("rust", "rustNot", "link", "python", "rustCode", "releaseNotes",
            "pydanticV1", "pydanticV2", "pydanticCore");

    private final Map<String, List<Integer>> starts = new LinkedHashMap<>();

    Signals(Patterns patterns, Hits hits) {
        NAMES.forEach(name -> starts.put(name, new ArrayList<>()));
        for (int i = 0; i < hits.size(); i++) {
            if (!hits.fits(i, Hits.LOOSE)) {
                continue;
            }
            int bits = patterns.signalBits(hits.pattern(i));
            for (int k = 0; bits != 0; k++, bits >>>= 1) {
                if ((bits & 1) != 0) {
                    starts.get(NAMES.get(k)).add(hits.start(i));
                }
            }
        }
    }

    int count(String name) {
        return starts.get(name).size();
    }

    boolean any(String name) {
        return !starts.get(name).isEmpty();
    }

    /** Whether a phrase of the list starts before this offset. */
    boolean anyBefore(String name, int offset) {
        return starts.get(name).stream().anyMatch(s -> s < offset);
    }

    boolean pydanticV2() {
        return any("pydanticV2");
    }

    boolean pydanticV1Only() {
        return any("pydanticV1") && !pydanticV2();
    }
}
