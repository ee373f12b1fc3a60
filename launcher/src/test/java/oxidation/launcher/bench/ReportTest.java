package oxidation.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import oxidation.classify.bench.BenchResult;

class ReportTest {

    private final List<BenchResult> results = List.of(
            BenchResult.atLeast("tagger MB/s vs bare loop", 80, "MB/s", 1600, 0.5),
            BenchResult.atMost("parse time vs bare", 1.2, "x", 1.0, 1.3),
            BenchResult.withLimit("timeline p95", 25.123456, "ms", 20),
            BenchResult.info("resident memory", 412.5, "MB"),
            BenchResult.compared("sink vs raw inserts alone", 4000, "articles/s", 16000));

    @Test
    void jsonIsAnArrayOfTheSevenFieldsWithNullsWhereThereIsNoCeilingOrTarget() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Report.json(results));

        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(5);
        for (JsonNode row : json) {
            assertThat(row.fieldNames()).toIterable()
                    .containsExactly("name", "value", "unit", "ceiling", "ratio", "target", "met");
        }
        assertThat(json.get(0).get("ratio").asDouble()).isEqualTo(0.05);
        assertThat(json.get(0).get("met").asBoolean()).isFalse();
        assertThat(json.get(1).get("met").asBoolean()).isTrue();
        assertThat(json.get(2).get("value").asDouble()).isEqualTo(25.12);
        assertThat(json.get(2).get("target").asText()).isEqualTo("<= 20 ms");
        assertThat(json.get(2).get("ceiling").isNull()).isTrue();
        assertThat(json.get(3).get("met").isNull()).isTrue();
        assertThat(json.get(3).get("target").isNull()).isTrue();
        assertThat(json.get(4).get("ratio").asDouble()).isEqualTo(0.25);
        assertThat(json.get(4).get("target").isNull()).isTrue();
        assertThat(json.get(4).get("met").isNull()).isTrue();
    }

    @Test
    void markdownHasOneTableRowPerResultAndMarksMissedTargets() {
        String md = Report.markdown(results, "header");

        assertThat(md.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(1 + results.size());
        assertThat(md).contains("| tagger MB/s vs bare loop | 80.0 | MB/s | 1,600 | 0.050x | >= 0.50x | NO |");
        assertThat(md).contains("| resident memory | 412.5 | MB |  |  |  |  |");
    }

    @Test
    void consoleTableShowsEveryResult() {
        String table = Report.table(results);

        assertThat(table.lines()).hasSize(1 + results.size());
        assertThat(table).contains("timeline p95").contains("NO").contains("yes");
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0);

        assertThat(Stats.percentile(values, 50)).isEqualTo(5.0);
        assertThat(Stats.percentile(values, 95)).isEqualTo(10.0);
        assertThat(Stats.median(3, 1, 2)).isEqualTo(2.0);
    }
}
