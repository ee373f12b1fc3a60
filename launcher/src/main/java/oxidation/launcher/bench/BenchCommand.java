package oxidation.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import oxidation.classify.bench.BenchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code oxidation bench}: measures each part of the pipeline on this machine next to its ceiling, in one
 * run, prints a table and writes {@code results.json} and {@code results.md}. Exit code 0 when every part
 * ran (targets missed are reported, not errors), 1 when a part failed to run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure each part next to its ceiling on this machine: tagger vs a bare loop, classify vs a"
                + " Kafka relay, ingest vs bare Rome and jsoup, the store's sink vs raw JDBC and its query latency,"
                + " the pipeline end to end, and start-up. Writes results.json and results.md.",
        footer = {"", "Examples:", "  oxidation bench --quick", "  oxidation bench --only ingest,store",
            "  OXIDATION_BENCH_PG_URL=jdbc:postgresql://127.0.0.1:5432/oxidation oxidation bench"})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "Every measurement on small inputs, in a few minutes.")
    boolean quick;

    @Option(names = "--tiny", hidden = true, description = "Smaller still: only proves that the command runs.")
    boolean tiny;

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Run only these parts: ${COMPLETION-CANDIDATES}.")
    List<PartName> only;

    @Option(names = "--out", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Where results.json and results.md go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--pg-url", defaultValue = "${env:OXIDATION_BENCH_PG_URL}", paramLabel = "JDBC_URL",
            description = "PostgreSQL to measure the store on besides H2 (env OXIDATION_BENCH_PG_URL; none: H2 only).")
    String pgUrl;

    @Option(names = "--pg-user", defaultValue = "${env:OXIDATION_BENCH_PG_USER}", paramLabel = "USER",
            description = "PostgreSQL user (env OXIDATION_BENCH_PG_USER).")
    String pgUser;

    @Option(names = "--pg-password", defaultValue = "${env:OXIDATION_BENCH_PG_PASSWORD}", paramLabel = "PASSWORD",
            description = "PostgreSQL password (env OXIDATION_BENCH_PG_PASSWORD).")
    String pgPassword;

    @Spec
    CommandSpec spec;

    /** The parts in the order they run. */
    enum PartName { tagger, classify, ingest, store, pipeline, startup }

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        Size size = tiny ? Size.TINY : quick ? Size.QUICK : Size.FULL;
        PgTarget postgres = pgUrl == null || pgUrl.isBlank() ? null
                : new PgTarget(pgUrl, pgUser == null ? "" : pgUser, pgPassword == null ? "" : pgPassword);
        Path work = Files.createTempDirectory("oxidation-bench-");
        BenchContext context = new BenchContext(size, work, postgres, console);
        List<BenchResult> results = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        console.printf(Locale.ROOT, "oxidation bench (%s run, %d cores, Java %s)%n", size.name(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        try {
            for (Part part : parts()) {
                if (only != null && !only.contains(PartName.valueOf(part.name()))) {
                    continue;
                }
                console.printf("%s ...%n", part.name());
                console.flush();
                long start = System.nanoTime();
                try {
                    results.addAll(part.run(context));
                    context.progress("%s done in %.1f s", part.name(), Stats.seconds(start));
                } catch (Exception | AssertionError e) {
                    failed.add(part.name());
                    spec.commandLine().getErr().printf("oxidation bench: %s failed: %s%n", part.name(), e);
                    e.printStackTrace(spec.commandLine().getErr());
                }
            }
        } finally {
            context.close();
            if (postgres != null) {
                postgres.dropSchemas();
            }
            delete(work);
        }
        String header = String.format(Locale.ROOT, "`oxidation bench%s` on %d cores, Java %s, %s", tiny ? " --tiny"
                : quick ? " --quick" : "", Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
                Instant.now().toString().substring(0, 10));
        Report.write(out, results, header);
        console.println();
        console.print(Report.table(results));
        console.printf("written: %s and %s%n", out.resolve("results.json"), out.resolve("results.md"));
        if (!failed.isEmpty()) {
            console.printf("parts that failed to run: %s%n", String.join(", ", failed));
        }
        console.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    private static List<Part> parts() {
        return List.of(new ClassifyParts.TaggerPart(), new ClassifyParts.ServicePart(), new IngestBench(),
                new StoreBench(), new PipelineBench(), new StartupBench());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
