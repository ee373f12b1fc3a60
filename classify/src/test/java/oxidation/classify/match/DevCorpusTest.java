package oxidation.classify.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import oxidation.classify.catalog.Catalog;
import oxidation.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** Scores the tagger on the labeled development corpus; the bars are those of issue 4. */
class DevCorpusTest {

    private static final Tagger TAGGER = Tagger.of(Catalog.bundled());

    @Test
    void meetsThePrecisionRecallAndRelevanceBarsOnTheDevCorpus() throws IOException {
        Path dir = SharedData.path("corpus/dev");
        ObjectMapper json = new ObjectMapper();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int relevanceRight = 0;
        int documents = 0;
        List<String> mistakes = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(line);
            String file = label.get("file").asText();
            Set<String> expected = new TreeSet<>();
            label.get("tools").forEach(t -> expected.add(t.asText()));
            TagResult result = TAGGER.tag(Files.readString(dir.resolve(file)));
            Set<String> found = new TreeSet<>(trackedTools(result));
            documents++;
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(found);
            truePositives += found.size() - extra.size();
            falsePositives += extra.size();
            falseNegatives += missed.size();
            boolean relevant = label.get("rust_in_python").asBoolean();
            if (relevant == result.rustInPython()) {
                relevanceRight++;
            }
            if (!extra.isEmpty() || !missed.isEmpty() || relevant != result.rustInPython()) {
                mistakes.add(file + ": extra " + extra + " missed " + missed
                        + (relevant != result.rustInPython() ? " rust_in_python should be " + relevant : ""));
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        double accuracy = relevanceRight / (double) documents;
        System.out.printf("dev corpus: %d documents, (doc, tool) pairs: precision %.3f recall %.3f "
                + "(tp %d fp %d fn %d); rust_in_python accuracy %.3f%n", documents, precision, recall,
                truePositives, falsePositives, falseNegatives, accuracy);
        mistakes.forEach(m -> System.out.println("  " + m));

        assertThat(documents).isGreaterThanOrEqualTo(90);
        assertThat(precision).as("micro precision over (document, tool) pairs").isGreaterThanOrEqualTo(0.97);
        assertThat(recall).as("micro recall over (document, tool) pairs").isGreaterThanOrEqualTo(0.97);
        assertThat(accuracy).as("rust_in_python accuracy").isGreaterThanOrEqualTo(0.93);
    }

    private static List<String> trackedTools(TagResult result) {
        Catalog catalog = TAGGER.catalog();
        return result.toolIds().stream()
                .filter(id -> catalog.tool(id).map(tool -> !tool.incumbent()).orElse(false))
                .toList();
    }

}
