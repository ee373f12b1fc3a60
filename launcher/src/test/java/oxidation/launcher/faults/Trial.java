package oxidation.launcher.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import oxidation.events.TopicSetup;
import oxidation.events.Topics;
import oxidation.ingest.source.SourcesFile;
import oxidation.launcher.faults.FaultPlan.Fault;
import oxidation.launcher.faults.FaultPlan.Part;
import oxidation.testkit.TestDatabase;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One trial: fresh topics, a fresh PostgreSQL schema and a fresh feed farm; ingest, classify and store each in
 * its own JVM, configured through the environment as in the compose file; the faults of the plan injected on
 * schedule; then, once the pipeline is idle, the store compared with what the feeds hold.
 */
final class Trial implements AutoCloseable {

    /** How big a trial is. */
    record Scale(int entries, int feeds, Duration spread, int faults, Duration longestDown, Duration settle,
            boolean evictKilledMembers) {
    }

    /** What a trial did: its faults and the records it checked. */
    record Result(long seed, List<String> events, int checkedArticles, int checkedCounts) {
    }

    private final long seed;
    private final Scale scale;
    private final FaultPlan plan;
    private final BrokerJvm broker;
    private final Path dir;
    private final Map<Part, ServiceJvm> services = new EnumMap<>(Part.class);
    private final Map<Part, String> groups = new EnumMap<>(Part.class);
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger faultsDone = new AtomicInteger();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "fault-injector"));
    private FeedFarm farm;
    private Instant opened;

    Trial(long seed, Scale scale, FaultPlan plan, BrokerJvm broker, Path dir) {
        this.seed = seed;
        this.scale = scale;
        this.plan = plan;
        this.broker = broker;
        this.dir = dir;
    }

    Result run() throws Exception {
        Files.createDirectories(dir);
        String prefix = "f" + Long.toHexString(seed) + "-" + Long.toHexString(System.nanoTime() & 0xffffff) + ".";
        TopicSetup.ensure(broker.bootstrapServers(), Topics.withPrefix(prefix), 3, (short) 1);
        TestDatabase.Database db = TestDatabase.postgres();
        farm = new FeedFarm(seed, scale.entries(), scale.feeds(), scale.spread());
        Path sourcesFile = Files.writeString(dir.resolve("sources.yaml"), SourcesFile.write(farm.sources()));
        int httpPort = freePort();
        createServices(prefix, db, sourcesFile, httpPort);
        services.values().forEach(ServiceJvm::start);
        farm.open();
        opened = Instant.now();
        event("started; plan " + plan.faults());
        for (Fault fault : plan.faults()) {
            scheduler.schedule(() -> kill(fault), fault.at().toMillis(), TimeUnit.MILLISECONDS);
            scheduler.schedule(() -> restart(fault), fault.at().plus(fault.down()).toMillis(), TimeUnit.MILLISECONDS);
        }
        return check(httpPort, db);
    }

    private void createServices(String prefix, TestDatabase.Database db, Path sourcesFile, int httpPort) {
        String run = Long.toHexString(seed) + "-" + prefix.substring(1, prefix.length() - 1);
        groups.put(Part.INGEST, "ingest-" + run);
        groups.put(Part.CLASSIFY, "classify-" + run);
        groups.put(Part.STORE, "store-" + run);
        Map<String, String> common = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "OXIDATION_TOPIC_PREFIX", prefix, "OXIDATION_LOG_LEVEL", "INFO");
        Map<String, String> ingest = new HashMap<>(common);
        ingest.putAll(Map.of("INGEST_GROUP_ID", groups.get(Part.INGEST), "INGEST_SOURCES_FILE", sourcesFile.toString(),
                "INGEST_ALLOW_HOSTS", "127.0.0.1", "INGEST_DEFAULT_POLL_INTERVAL", "PT1S", "INGEST_FETCH_PAGES", "false",
                "INGEST_POLITE_DELAY", "PT0.01S", "INGEST_FETCH_DEADLINE", "PT10S", "INGEST_BACKOFF_BASE", "PT1S",
                "INGEST_BACKOFF_MAX", "PT2S"));
        Map<String, String> classify = new HashMap<>(common);
        classify.putAll(Map.of("CLASSIFY_APPLICATION_ID", groups.get(Part.CLASSIFY),
                "CLASSIFY_STATE_DIR", dir.resolve("classify-state").toString(), "CLASSIFY_REPLAY", "false"));
        Map<String, String> store = new HashMap<>(common);
        store.putAll(Map.of("STORE_JDBC_URL", db.jdbcUrl(), "STORE_JDBC_USER", db.user(),
                "STORE_JDBC_PASSWORD", db.password(), "STORE_HTTP_PORT", String.valueOf(httpPort),
                "STORE_GROUP_ID", groups.get(Part.STORE)));
        services.put(Part.STORE, new ServiceJvm("store", List.of("store"), store, dir));
        services.put(Part.CLASSIFY, new ServiceJvm("classify", List.of("classify"), classify, dir));
        services.put(Part.INGEST, new ServiceJvm("ingest", List.of("ingest"), ingest, dir));
    }

    private void kill(Fault fault) {
        if (fault.part() == Part.BROKER) {
            broker.kill();
        } else {
            services.get(fault.part()).kill();
            if (scale.evictKilledMembers()) {
                broker.evictMembers(groups.get(fault.part()));
            }
        }
        event("killed " + fault.part() + " (SIGKILL)");
    }

    private void restart(Fault fault) {
        try {
            if (fault.part() == Part.BROKER) {
                broker.start(Duration.ofSeconds(90));
            } else {
                services.get(fault.part()).start();
            }
            event("restarted " + fault.part());
        } catch (RuntimeException e) {
            event("could not restart " + fault.part() + ": " + e.getMessage());
        } finally {
            faultsDone.incrementAndGet();
        }
    }

    private Result check(int httpPort, TestDatabase.Database db) {
        var counts = farm.expectedCounts();
        var totals = farm.expectedTotals();
        Set<String> ids = farm.entries().stream().map(FeedFarm.Entry::id).collect(Collectors.toCollection(TreeSet::new));
        AtomicReference<Census> last = new AtomicReference<>();
        try {
            await().atMost(scale.settle()).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Census census = Census.take(httpPort, db);
                last.set(census);
                return faultsDone.get() == plan.faults().size() && matches(census, counts, totals, ids);
            });
            event("converged");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        Census census = Census.take(httpPort, db);
                        last.set(census);
                        return matches(census, counts, totals, ids);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(failure(last.get(), counts, totals, ids), e);
        }
        int checked = counts.values().stream().mapToInt(Map::size).sum() + totals.size();
        return new Result(seed, List.copyOf(events), ids.size(), checked);
    }

    private static boolean matches(Census census, Map<String, Map<java.time.LocalDate, Integer>> counts,
            Map<java.time.LocalDate, Integer> totals, Set<String> ids) {
        return census != null && census.counts().equals(counts) && census.totals().equals(totals)
                && census.ids().size() == ids.size() && new TreeSet<>(census.ids()).equals(ids);
    }

    private String failure(Census census, Map<String, Map<java.time.LocalDate, Integer>> counts,
            Map<java.time.LocalDate, Integer> totals, Set<String> ids) {
        StringBuilder s = new StringBuilder("trial with seed " + seed + " (replay: -Doxidation.faults.seed=" + seed
                + " -Doxidation.faults.trials=1) did not converge; events " + events + "\n");
        if (census == null) {
            s.append("the store did not answer\n");
        } else {
            Set<String> missing = new TreeSet<>(ids);
            missing.removeAll(census.ids());
            s.append("stored ").append(census.ids().size()).append(" of ").append(ids.size()).append(" articles, ")
                    .append(missing.size()).append(" missing\n");
            s.append("weekly totals equal: ").append(census.totals().equals(totals)).append("; stored ")
                    .append(census.totals()).append(" expected ").append(totals).append('\n');
            counts.forEach((tool, weeks) -> {
                if (!weeks.equals(census.counts().get(tool))) {
                    s.append(tool).append(": stored ").append(census.counts().get(tool)).append(" expected ")
                            .append(weeks).append('\n');
                }
            });
        }
        s.append("feed requests: ").append(farm.hits()).append('\n');
        services.values().forEach(jvm -> s.append("---- ").append(jvm.name()).append(" (").append(jvm.log())
                .append(")\n").append(jvm.tail(25)).append('\n'));
        s.append("---- broker\n").append(broker.tail(15));
        return s.toString();
    }

    private void event(String what) {
        long ms = opened == null ? 0 : Duration.between(opened, Instant.now()).toMillis();
        events.add(ms + " ms: " + what);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        services.values().forEach(ServiceJvm::kill);
        if (farm != null) {
            farm.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
