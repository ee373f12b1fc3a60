package oxidation.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oxidation.launcher.Main;
import picocli.CommandLine;

/** The smoke test of {@code oxidation bench}: every part runs end to end on a tiny input. */
class BenchCommandIT {

    @TempDir
    Path out;

    @Test
    void tinyRunMeasuresEveryPartAndWritesJsonAndMarkdown() throws Exception {
        StringWriter console = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(console, true));
        cli.setErr(new PrintWriter(errors, true));

        int code = cli.execute("bench", "--tiny", "--out", out.toString());

        assertThat(code).as("exit code; errors:\n" + errors).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode row : json) {
            names.add(row.get("name").asText());
            assertThat(row.get("value").asDouble()).as(row.toString()).isPositive();
            assertThat(row.get("unit").asText()).isNotBlank();
            if (!row.get("ceiling").isNull()) {
                assertThat(row.get("ratio").asDouble()).as(row.toString()).isPositive();
            }
        }
        assertThat(names).anyMatch(n -> n.startsWith("tagger"))
                .anyMatch(n -> n.startsWith("classify"))
                .anyMatch(n -> n.startsWith("ingest: feeds"))
                .anyMatch(n -> n.startsWith("ingest: pages"))
                .anyMatch(n -> n.startsWith("store H2: sink"))
                .anyMatch(n -> n.contains("timeline") && n.endsWith("p95"))
                .anyMatch(n -> n.startsWith("end to end") && n.endsWith("p95"))
                .anyMatch(n -> n.startsWith("end to end: sustained"))
                .anyMatch(n -> n.startsWith("start-up: oxidation up"))
                .anyMatch(n -> n.startsWith("start-up: resident memory"));
        String markdown = Files.readString(out.resolve("results.md"));
        assertThat(markdown.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(1L + names.size());
        assertThat(console.toString()).contains("measurement").contains(names.get(0));
    }
}
