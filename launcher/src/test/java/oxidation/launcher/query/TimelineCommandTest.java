package oxidation.launcher.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import oxidation.events.JsonCodec;

class TimelineCommandTest {

    @Test
    void rendersOneRowPerBucketAndOneColumnPerSeries() throws Exception {
        JsonNode timeline = JsonCodec.mapper().readTree("""
                {"bucket":"month","normalize":"count","from":"2024-01-01","to":"2024-02-29","series":[
                  {"key":"uv","kind":"tool","label":"uv","points":[
                    {"start":"2024-01-01","count":3,"share":0.1,"releases":[]},
                    {"start":"2024-02-01","count":12,"share":0.4,"releases":[{"version":"0.1.0"}]}]},
                  {"key":"ruff","kind":"tool","label":"Ruff","points":[
                    {"start":"2024-02-01","count":7,"share":0.2,"releases":[]}]}]}
                """);

        String table = TimelineCommand.table(timeline);

        assertThat(table.lines()).containsExactly(
                "month       uv    ruff",
                "----------  ----  ----",
                "2024-01-01     3     0",
                "2024-02-01  12 *     7");
    }

    @Test
    void rendersSharesAsPercentages() throws Exception {
        JsonNode timeline = JsonCodec.mapper().readTree("""
                {"bucket":"week","normalize":"share","series":[{"key":"polars","points":[
                  {"start":"2024-03-04","count":1,"share":0.125,"releases":[]}]}]}
                """);

        assertThat(TimelineCommand.table(timeline)).contains("2024-03-04   12.5%");
    }

    @Test
    void saysSoWhenThereIsNothing() throws Exception {
        JsonNode timeline = JsonCodec.mapper().readTree("{\"bucket\":\"week\",\"normalize\":\"count\",\"series\":[]}");

        assertThat(TimelineCommand.table(timeline)).contains("no articles");
    }
}
