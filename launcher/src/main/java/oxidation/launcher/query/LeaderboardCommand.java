package oxidation.launcher.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oxidation leaderboard}: tools ranked by articles in a window, with momentum. */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
        description = "Print the tools ranked by articles in a window, with the previous window and momentum.",
        footer = {"", "Example:", "  oxidation leaderboard --window 30d"})
public final class LeaderboardCommand implements Callable<Integer> {

    @Option(names = "--window", defaultValue = "30d", description = "7d, 30d or 90d (default: ${DEFAULT-VALUE}).")
    String window;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ApiOption api;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode board = api.client().get("api/leaderboard", Map.of("window", List.of(window)));
        var out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.println(board.toPrettyString());
        } else {
            Table table = new Table(List.of("rank", "tool", "category", "articles", "previous", "momentum", "first seen"));
            for (JsonNode e : board.path("entries")) {
                JsonNode momentum = e.path("momentum");
                table.row(List.of(e.path("rank").asText(), e.path("tool").asText(), e.path("category").asText(""),
                        e.path("count").asText(), e.path("previous").asText(),
                        momentum.isNumber() ? String.format("%+.0f%%", momentum.asDouble() * 100) : "new",
                        e.path("firstSeen").asText("")));
            }
            out.print(table.render());
        }
        out.flush();
        return 0;
    }
}
