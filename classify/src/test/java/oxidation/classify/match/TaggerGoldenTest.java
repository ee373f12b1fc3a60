package oxidation.classify.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import oxidation.classify.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * The tagger decides exactly as the reference output recorded in {@code golden-tags.jsonl} (written once
 * by {@link GoldenTags#main} with the first, automaton-per-char tagger): same tools, mentions, confidences,
 * rules, evidence snippets and offsets, relevance, over the dev corpus, the changelog fixtures, the
 * extraction pages and the Unicode edge texts.
 */
class TaggerGoldenTest {

    @Test
    void tagsEveryReferenceTextExactlyAsTheRecordedOutput() {
        List<String> expected = GoldenTags.resource(GoldenTags.RESOURCE).lines().toList();
        List<String> actual = GoldenTags.lines(Tagger.of(Catalog.bundled()), GoldenTags.inputs());

        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<none>";
            String got = i < actual.size() ? actual.get(i) : "<none>";
            if (!want.equals(got)) {
                differences.add("line " + (i + 1) + "\n  expected " + want + "\n  actual   " + got);
            }
        }
        assertThat(expected.size()).as("recorded lines").isGreaterThanOrEqualTo(400);
        assertThat(differences.size())
                .as("%d of %d lines differ; the first:%n%s", differences.size(), expected.size(),
                        String.join("\n", differences.subList(0, Math.min(3, differences.size()))))
                .isZero();
    }
}
