package oxidation.launcher.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oxidation timeline}: articles per bucket for tools or categories. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print the timeline of tools (or categories): articles per day, week or month.",
        footer = {"", "Examples:", "  oxidation timeline uv ruff --by month",
            "  oxidation timeline polars --share --from 2024-01-01 --format csv",
            "  oxidation timeline --category packaging --by week"})
public final class TimelineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TOOL", arity = "0..*", description = "Tool ids, for example uv ruff polars.")
    List<String> tools = new ArrayList<>();

    @Option(names = "--category", paramLabel = "NAME", description = "A category instead of (or beside) tools.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--by", defaultValue = "week", description = "Bucket: day, week or month (default: ${DEFAULT-VALUE}).")
    String bucket;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, YYYY-MM-DD.")
    String to;

    @Option(names = "--share", description = "Share of all articles instead of counts.")
    boolean share;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ApiOption api;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (tools.isEmpty() && categories.isEmpty()) {
            throw new IllegalArgumentException("name at least one tool or --category");
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("tool", tools);
        query.put("category", categories);
        query.put("bucket", List.of(bucket));
        query.put("normalize", List.of(share ? "share" : "count"));
        if (from != null) {
            query.put("from", List.of(from));
        }
        if (to != null) {
            query.put("to", List.of(to));
        }
        var out = spec.commandLine().getOut();
        switch (format) {
            case "csv" -> out.print(api.client().getText("api/timeline", withFormat(query, "csv"), "text/csv"));
            case "json" -> out.println(api.client().get("api/timeline", query).toPrettyString());
            case "table" -> out.print(table(api.client().get("api/timeline", query)));
            default -> throw new IllegalArgumentException("--format must be table, csv or json, was '" + format + "'");
        }
        out.flush();
        return 0;
    }

    private static Map<String, List<String>> withFormat(Map<String, List<String>> query, String format) {
        Map<String, List<String>> copy = new LinkedHashMap<>(query);
        copy.put("format", List.of(format));
        return copy;
    }

    /** One row per bucket, one column per series. */
    static String table(JsonNode timeline) {
        boolean share = "share".equals(timeline.path("normalize").asText());
        List<String> header = new ArrayList<>(List.of(timeline.path("bucket").asText("bucket")));
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (JsonNode series : timeline.path("series")) {
            header.add(series.path("key").asText());
            for (JsonNode point : series.path("points")) {
                String cell = share ? String.format("%.1f%%", point.path("share").asDouble() * 100)
                        : point.path("count").asText("0");
                if (point.path("releases").size() > 0) {
                    cell = cell + " *";
                }
                rows.computeIfAbsent(point.path("start").asText(), k -> new LinkedHashMap<>())
                        .put(series.path("key").asText(), cell);
            }
        }
        Table table = new Table(header);
        rows.forEach((start, cells) -> {
            List<String> row = new ArrayList<>(List.of(start));
            header.stream().skip(1).forEach(key -> row.add(cells.getOrDefault(key, share ? "0.0%" : "0")));
            table.row(row);
        });
        return table.render() + (rows.isEmpty() ? "(no articles in this range)\n" : "");
    }
}
