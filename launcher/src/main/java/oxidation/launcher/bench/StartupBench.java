package oxidation.launcher.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oxidation.classify.bench.BenchResult;
import oxidation.launcher.Main;
import oxidation.store.db.Database;

/**
 * Start-up: {@code oxidation up} launched as its own JVM, from launch to ready (the API answering), with
 * the store already holding many articles, first with a fresh broker and then restarted on its own data;
 * its resident memory once ready; next to a JVM that starts only the broker (the ceiling).
 */
final class StartupBench implements Part {

    private static final double READY_LIMIT_S = 10;
    private static final Pattern PAGE = Pattern.compile("page:\\s+http://127\\.0\\.0\\.1:(\\d+)/");

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        context.stopBroker();
        int articles = context.size().startupArticles();
        Path data = context.work().resolve("startup");
        String jdbcUrl = "jdbc:h2:file:" + data.resolve("store").resolve("timeline").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Database db = Database.open(jdbcUrl, "sa", "")) {
            Rows.load(db.dataSource(), new Articles(Texts.bundled(13)), articles);
        }
        try (FeedServer feeds = FeedServer.start()) {
            Path sources = data.resolve("startup-sources.yaml");
            Files.writeString(sources, "sources:\n  - id: local\n    url: " + feeds.url("local")
                    + "\n    kind: feed\n    pollInterval: PT1H\n", StandardCharsets.UTF_8);
            double broker = brokerOnly(context);
            boolean restart = context.size() != Size.TINY;
            Up cold = up(context, data, sources, restart);
            List<BenchResult> results = new ArrayList<>();
            results.add(ready("fresh broker", cold, broker));
            Up last = cold;
            if (restart) {
                last = up(context, data, sources, false);
                results.add(ready("restart", last, broker));
            }
            context.progress("broker alone %.1f s; oxidation up %.1f s (fresh broker), %.1f s (last); RSS %.0f MB",
                    broker, cold.seconds(), last.seconds(), last.rssMegabytes());
            results.add(BenchResult.info(String.format(Locale.ROOT, "start-up: resident memory when ready, %,d articles"
                    + " stored", articles), last.rssMegabytes(), "MB"));
            return results;
        }
    }

    private record Up(double seconds, double rssMegabytes) {
    }

    private static BenchResult ready(String how, Up up, double broker) {
        return new BenchResult("start-up: oxidation up launch -> ready, " + how + " (vs broker-only JVM)",
                up.seconds(), "s", broker, up.seconds() / broker, "<= 10 s", up.seconds() <= READY_LIMIT_S);
    }

    private static List<String> java(String mainClass) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
    }

    private static double brokerOnly(BenchContext context) throws Exception {
        Process process = new ProcessBuilder(java(BrokerOnly.class.getName())).redirectErrorStream(true).start();
        long launched = System.nanoTime();
        try {
            String line = waitFor(process, l -> l.startsWith("ready ") ? l : null);
            double seconds = Stats.seconds(launched);
            context.progress("broker-only JVM: %s in %.1f s", line, seconds);
            return seconds;
        } finally {
            stop(process);
        }
    }

    /** Launches {@code oxidation up}; stops it cleanly when it will be restarted, else kills it. */
    private static Up up(BenchContext context, Path data, Path sources, boolean cleanStop) throws Exception {
        List<String> command = java(Main.class.getName());
        command.addAll(List.of("up", "--data", data.toString(), "--sources", sources.toString(), "--port", "0",
                "--kafka-port", "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("INGEST_ALLOW_HOSTS", "127.0.0.1");
        builder.environment().remove("STORE_JDBC_URL");
        builder.environment().remove("OXIDATION_TOPIC_PREFIX");
        long launched = System.nanoTime();
        Process process = builder.start();
        try {
            String port = waitFor(process, l -> {
                Matcher m = PAGE.matcher(l);
                return m.find() ? m.group(1) : null;
            });
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build();
            while (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (Stats.seconds(launched) > 300) {
                    throw new IllegalStateException("oxidation up not ready within 300 s");
                }
                Thread.sleep(5);
            }
            double seconds = Stats.seconds(launched);
            HttpRequest timeline = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/timeline?tool=uv&tool=ruff&bucket=week")).build();
            for (int i = 0; i < 5; i++) {
                int status = http.send(timeline, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    throw new IllegalStateException("the timeline answered " + status);
                }
            }
            return new Up(seconds, rssMegabytes(process.pid()));
        } finally {
            if (cleanStop) {
                stop(process);
            } else {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The process's resident set from /proc (Linux); NaN elsewhere. */
    private static double rssMegabytes(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private interface LineMatch {
        String match(String line);
    }

    /** Reads the process's output until a line matches; the rest of the output is drained in the background. */
    private static String waitFor(Process process, LineMatch match) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> tail = new ArrayList<>();
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String m = match.match(line);
                    if (m != null) {
                        drain(out);
                        return m;
                    }
                    synchronized (tail) {
                        tail.add(line);
                        if (tail.size() > 20) {
                            tail.remove(0);
                        }
                    }
                }
                throw new IllegalStateException("exited with " + process.waitFor() + " before it was ready");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return found.get(300, TimeUnit.SECONDS);
        } catch (Exception e) {
            synchronized (tail) {
                throw new IllegalStateException("child JVM never became ready; its last lines:\n"
                        + String.join("\n", tail), e);
            }
        }
    }

    private static void drain(BufferedReader out) {
        Thread thread = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "bench-drain");
        thread.setDaemon(true);
        thread.start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
