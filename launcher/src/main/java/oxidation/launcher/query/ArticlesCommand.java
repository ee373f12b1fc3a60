package oxidation.launcher.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code oxidation articles}: the articles that mention a tool, newest first, every page. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Print the articles that mention a tool, newest first.",
        footer = {"", "Example:", "  oxidation articles ruff --from 2024-01-01 --limit 20"})
public final class ArticlesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TOOL", description = "A tool id.")
    String tool;

    @Option(names = "--from", paramLabel = "DATE")
    String from;

    @Option(names = "--to", paramLabel = "DATE")
    String to;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Mixin
    ApiOption api;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        String cursor = null;
        int printed = 0;
        do {
            Map<String, List<String>> query = new LinkedHashMap<>();
            query.put("limit", List.of("100"));
            if (from != null) {
                query.put("from", List.of(from));
            }
            if (to != null) {
                query.put("to", List.of(to));
            }
            if (cursor != null) {
                query.put("cursor", List.of(cursor));
            }
            JsonNode page = api.client().get("api/tools/" + tool + "/articles", query);
            for (JsonNode a : page.path("articles")) {
                if (limit > 0 && printed >= limit) {
                    return 0;
                }
                out.printf("%s  %-7s %s%n           %s%n", a.path("day").asText(), a.path("kind").asText(),
                        a.path("title").asText(), a.path("url").asText());
                printed++;
            }
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        out.flush();
        return 0;
    }
}
