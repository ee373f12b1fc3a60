package oxidation.launcher.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Many concurrent clients reading the API in a loop for a while: latencies and errors. */
final class ApiClients {

    private static final List<String> PATHS = List.of("/api/timeline?tool=orjson&bucket=week",
            "/api/timeline?tool=orjson&tool=polars&bucket=day&from=2026-01-01&to=2026-03-31", "/api/leaderboard",
            "/api/tools", "/api/tools/orjson/articles?limit=50", "/api/sources", "/api/releases", "/api/events");

    /** What the clients saw. */
    record Report(long requests, long errors, Duration p50, Duration p99, Duration max, double perSecond) {
    }

    static Report run(int port, int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                for (int i = client; System.nanoTime() < end; i++) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + port + PATHS.get(i % PATHS.size()))).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - started);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        return new Report(sorted.size(), errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                percentile(sorted, 1.0), sorted.size() / (double) duration.toSeconds());
    }

    static Duration percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Duration.ZERO;
        }
        int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(p * sortedNanos.size()) - 1);
        return Duration.ofNanos(sortedNanos.get(Math.max(0, index)));
    }
}
