package oxidation.launcher.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import oxidation.classify.bench.BenchResult;

/** The results as a console table, as {@code results.json} and as {@code results.md}. */
final class Report {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    /** A fixed-width table for the console, its first column as wide as the longest name. */
    static String table(List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        int width = results.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        String format = "%-" + Math.max(11, width) + "s %12s %-10s %12s %8s %-16s %s%n";
        out.append(String.format(Locale.ROOT, format, "measurement", "value", "unit", "ceiling", "ratio", "target",
                "met"));
        for (BenchResult r : results) {
            out.append(String.format(Locale.ROOT, format, r.name(), number(r.value()), r.unit(),
                    r.ceiling() == null ? "-" : number(r.ceiling()), r.ratio() == null ? "-" : ratio(r.ratio()),
                    r.target() == null ? "-" : r.target(), met(r.met())));
        }
        return out.toString();
    }

    /** A Markdown table with the run's header line. */
    static String markdown(List<BenchResult> results, String header) {
        StringBuilder out = new StringBuilder(header).append("\n\n");
        out.append("| measurement | value | unit | ceiling | ratio | target | met |\n");
        out.append("|---|---:|---|---:|---:|---|---|\n");
        for (BenchResult r : results) {
            out.append("| ").append(r.name().replace("|", "\\|")).append(" | ").append(number(r.value()))
                    .append(" | ").append(r.unit()).append(" | ")
                    .append(r.ceiling() == null ? "" : number(r.ceiling())).append(" | ")
                    .append(r.ratio() == null ? "" : ratio(r.ratio())).append(" | ")
                    .append(r.target() == null ? "" : r.target().replace("|", "\\|")).append(" | ")
                    .append(met(r.met()).replace("-", "")).append(" |\n");
        }
        return out.toString();
    }

    /** The JSON array of {@code {"name","value","unit","ceiling","ratio","target","met"}}. */
    static String json(List<BenchResult> results) throws IOException {
        ArrayNode array = MAPPER.createArrayNode();
        for (BenchResult r : results) {
            ObjectNode node = array.addObject();
            node.put("name", r.name());
            node.put("value", round(r.value()));
            node.put("unit", r.unit());
            if (r.ceiling() == null) {
                node.putNull("ceiling");
            } else {
                node.put("ceiling", round(r.ceiling()));
            }
            if (r.ratio() == null) {
                node.putNull("ratio");
            } else {
                node.put("ratio", round(r.ratio()));
            }
            node.put("target", r.target());
            if (r.met() == null) {
                node.putNull("met");
            } else {
                node.put("met", r.met());
            }
        }
        return MAPPER.writeValueAsString(array) + "\n";
    }

    /** Writes {@code results.json} and {@code results.md} into {@code dir}. */
    static void write(Path dir, List<BenchResult> results, String header) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.json"), json(results), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.md"), markdown(results, header), StandardCharsets.UTF_8);
    }

    /** Four significant digits, so the JSON does not pretend to more precision than a run has. */
    static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    private static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String ratio(double v) {
        return String.format(Locale.ROOT, "%.3fx", v);
    }

    private static String met(Boolean met) {
        return met == null ? "-" : met ? "yes" : "NO";
    }
}
