package oxidation.classify.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import oxidation.classify.catalog.Catalog;
import oxidation.testkit.SharedData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Tagger throughput next to a bare loop that reads every char of the same text (the dev corpus, one
 * operation = every document once), on one thread. {@link #main} runs it and prints MB/s and the ratios.
 * Not part of the test suite (not a {@code *Test}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaggerBenchmark {

    private List<String> documents;
    private long chars;
    private Tagger tagger;
    private Automaton automaton;
    private List<char[]> texts;
    private byte[] classes;
    private final Automaton.Matches matches = new Automaton.Matches();

    @Setup
    public void setUp() {
        documents = corpus();
        chars = documents.stream().mapToLong(String::length).sum();
        tagger = Tagger.of(Catalog.bundled());
        automaton = new Patterns(Catalog.bundled()).automaton();
        texts = documents.stream().map(String::toCharArray).toList();
        classes = automaton.classes();
    }

    static List<String> corpus() {
        try (Stream<Path> files = Files.list(SharedData.path("corpus/dev"))) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".jsonl")).sorted()
                    .map(TaggerBenchmark::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The floor: read every char once. */
    @Benchmark
    public long bareLoop() {
        long sum = 0;
        for (String doc : documents) {
            for (int i = 0, n = doc.length(); i < n; i++) {
                sum += doc.charAt(i);
            }
        }
        return sum;
    }

    /**
     * The floor of any table-driven matcher: read every char and look it up once in a char-indexed table (the
     * automaton's case-folding alphabet map). The gap to {@link #bareLoop} is what one lookup per char costs.
     */
    @Benchmark
    public long oneLookupPerChar() {
        long sum = 0;
        for (char[] text : texts) {
            for (int i = 0; i < text.length; i++) {
                sum += classes[text[i]];
            }
        }
        return sum;
    }

    /** The one pass alone: the automaton over every document's chars, counting stops with outputs. */
    @Benchmark
    public long automatonScan() {
        long found = 0;
        for (char[] text : texts) {
            automaton.scan(text, text.length, matches);
            found += matches.size;
        }
        return found;
    }

    /** The whole tagger: scan, boundaries, rules, relevance and evidence. */
    @Benchmark
    public void tagger(Blackhole blackhole) {
        for (String doc : documents) {
            blackhole.consume(tagger.tag(doc));
        }
    }

    /** Runs the benchmarks; takes JMH's usual command-line options ({@code -wi 2 -i 3 -f 1}). */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        report(run(new OptionsBuilder().parent(new CommandLineOptions(args))));
    }

    static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.include(TaggerBenchmark.class.getName() + "\\.").build()).run();
    }

    static void report(Collection<RunResult> results) {
        List<String> corpus = corpus();
        double megabytes = corpus.stream().mapToLong(String::length).sum() / 1e6;
        double bare = score(results, "bareLoop");
        System.out.printf("corpus: %d documents, %.3f M chars%n", corpus.size(), megabytes);
        for (String name : List.of("bareLoop", "oneLookupPerChar", "automatonScan", "tagger")) {
            double ops = score(results, name);
            System.out.printf("%-16s %10.1f MB/s  %.3fx the bare loop%n", name, ops * megabytes, ops / bare);
        }
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElseThrow();
    }

    static ChainedOptionsBuilder smoke() {
        return new OptionsBuilder().forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200));
    }
}
