package oxidation.classify.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import oxidation.events.Evidence;
import oxidation.events.Tag;

/**
 * The one-line JSON form of a tag result that {@code oxidation tag} prints per input:
 * {@code {"file", "tools": [{"id", "mentions", "confidence", "rule", "evidence": [...]}], "rust_in_python",
 * "relevance", "catalog"}}.
 */
public final class TagLine {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TagLine() {
    }

    /** The JSON line of a result; {@code file} is the input's name, or null for standard input. */
    public static String of(String file, TagResult result) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("file", file);
        ArrayNode tools = line.putArray("tools");
        for (Tag tag : result.tags()) {
            ObjectNode tool = tools.addObject();
            tool.put("id", tag.tool());
            tool.put("mentions", tag.mentions());
            tool.put("confidence", tag.confidence());
            tool.put("rule", tag.rule());
            ArrayNode evidence = tool.putArray("evidence");
            for (Evidence e : tag.evidence()) {
                evidence.addObject().put("snippet", e.snippet()).put("start", e.start()).put("end", e.end());
            }
        }
        line.put("rust_in_python", result.rustInPython());
        line.put("relevance", result.relevance());
        line.put("catalog", result.catalog());
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a tag line", e);
        }
    }
}
