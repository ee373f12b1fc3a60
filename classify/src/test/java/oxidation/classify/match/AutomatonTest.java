package oxidation.classify.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutomatonTest {

    private static List<String> find(List<String> patterns, String text) {
        Automaton automaton = Automaton.of(patterns);
        List<String> found = new ArrayList<>();
        automaton.scan(text, (p, end) -> found.add(patterns.get(p) + "@" + end));
        return found;
    }

    @Test
    void findsOverlappingAndNestedPatterns() {
        assertThat(find(List.of("he", "she", "his", "hers"), "ushers"))
                .containsExactlyInAnyOrder("she@3", "he@3", "hers@5");
    }

    @Test
    void foldsCaseWhileScanning() {
        assertThat(find(List.of("polars"), "Import POLARS")).containsExactly("polars@12");
    }

    @Test
    void treatsAnyRunOfWhitespaceAsOneSpace() {
        assertThat(find(List.of("uv pip"), "uv \n\t pip")).containsExactly("uv pip@8");
    }

    @Test
    void ignoresCharsNoPatternUses() {
        assertThat(find(List.of("rust"), "日本語 Rust製 ツール")).containsExactly("rust@7");
    }
}
