package oxidation.launcher.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import oxidation.events.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oxidation.launcher.Main;
import picocli.CommandLine;

class OneMachineIT {

    @TempDir
    Path data;

    @Test
    void theDemoFillsTheTimelineAndTheCliReadsIt() throws Exception {
        int port = freePort();
        long launched = System.nanoTime();
        try (OneMachine machine = OneMachine.start(new OneMachineConfig(data, null, port, 0, true), Map.of())) {
            System.out.printf("up: launch to ready %d ms%n", (System.nanoTime() - launched) / 1_000_000);
            String api = "http://127.0.0.1:" + machine.httpPort();

            String timeline = api + "/api/timeline?tool=uv&tool=ruff&bucket=month&from=2025-01-01&to=2026-10-31";
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                JsonNode series = JsonCodec.mapper().readTree(get(timeline)).path("series");
                assertThat(series).hasSize(2).allSatisfy(s -> assertThat(total(s)).as(s.path("key").asText()).isPositive());
            });
            System.out.printf("up: launch to dated uv and ruff releases visible %d ms%n",
                    (System.nanoTime() - launched) / 1_000_000);

            StringWriter out = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            int code = cli.execute("timeline", "uv", "ruff", "--by", "month", "--from", "2025-01-01",
                    "--to", "2026-10-31", "--api", api);

            assertThat(code).isZero();
            assertThat(out.toString().lines().findFirst()).hasValueSatisfying(header ->
                    assertThat(header).contains("month").contains("uv").contains("ruff"));
            assertThat(out.toString().lines().skip(2)).isNotEmpty()
                    .allSatisfy(row -> assertThat(row).matches("20\\d\\d-\\d\\d-01 .*"));

            StringWriter tail = new StringWriter();
            CommandLine tailCli = Main.commandLine();
            tailCli.setOut(new PrintWriter(tail, true));
            assertThat(tailCli.execute("tail", "articles.tagged", "--from-beginning", "--tool", "uv", "--max", "3",
                    "--bootstrap-server", machine.bootstrapServers())).isZero();
            assertThat(tail.toString().lines()).hasSize(3).allSatisfy(line ->
                    assertThat(line).startsWith("{\"key\":").contains("\"tool\":\"uv\""));
        }
    }

    private static long total(JsonNode series) {
        long total = 0;
        for (JsonNode point : series.path("points")) {
            total += point.path("count").asLong();
        }
        return total;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
