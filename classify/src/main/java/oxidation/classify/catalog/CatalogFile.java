package oxidation.classify.catalog;

import java.util.List;
import java.util.Map;

/** The shape of the catalog resource file, as Jackson reads it. */
record CatalogFile(int format, String version, String description, Map<String, List<String>> contexts,
        Map<String, List<String>> signals, List<Tool> tools, List<Lookalike> lookalikes) {
}
