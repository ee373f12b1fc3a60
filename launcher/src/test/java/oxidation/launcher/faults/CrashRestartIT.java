package oxidation.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import oxidation.launcher.faults.Trial.Result;
import oxidation.launcher.faults.Trial.Scale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash and restart over the real pipeline: a broker, ingest, classify and store each in its own JVM, the store
 * on PostgreSQL, a local feed farm; at seeded random moments one part is killed with SIGKILL and started again.
 * After each trial, once idle, every entry is in the store exactly once and every per-tool weekly count and
 * weekly total read through the API equals the count computed from the feeds. A failing trial names its
 * seed; replay it with {@code -Doxidation.faults.seed=S -Doxidation.faults.trials=1}.
 */
class CrashRestartIT {

    private static final long SEED = Long.getLong("oxidation.faults.seed", 1_000L);

    @TempDir
    Path dir;

    @Test
    void threeTrialsOfHardKillsLoseNothingAndCountNothingTwice() throws Exception {
        // the killed member is evicted from its group at once instead of waiting out its 45 s session
        runTrials(Integer.getInteger("oxidation.faults.trials", 3),
                new Scale(600, 12, Duration.ofSeconds(12), 3, Duration.ofSeconds(2), Duration.ofSeconds(120), true),
                false);
    }

    @Test
    @Tag("nightly")
    void twentyTrialsOfHardKillsOnFiveThousandEntriesLoseNothingAndCountNothingTwice() throws Exception {
        // killed members hold their partitions until their sessions time out; one trial's broker stays away 60 s
        runTrials(Integer.getInteger("oxidation.faults.trials", 20),
                new Scale(5000, 50, Duration.ofSeconds(60), 4, Duration.ofSeconds(5), Duration.ofMinutes(6), false),
                true);
    }

    private void runTrials(int trials, Scale scale, boolean longBrokerOutage) throws Exception {
        assertThat(ServiceJvm.launcherPackaged()).as("the launcher jar and lib folder (run in the integration-test phase)")
                .isTrue();
        List<Result> results = new ArrayList<>();
        try (BrokerJvm broker = new BrokerJvm(dir.resolve("broker-data"), dir)) {
            broker.start(Duration.ofSeconds(90));
            for (int t = 0; t < trials; t++) {
                long seed = SEED + t;
                FaultPlan plan = FaultPlan.draw(new Random(seed), scale.faults(), scale.spread(), scale.longestDown());
                if (longBrokerOutage && t == 0) {
                    plan = plan.withLongBrokerOutage(Duration.ofSeconds(60));
                }
                if (!broker.isAlive()) {
                    broker.start(Duration.ofSeconds(90));
                }
                try (Trial trial = new Trial(seed, scale, plan, broker, dir.resolve("trial-" + seed))) {
                    Result result = trial.run();
                    results.add(result);
                    System.out.printf("fault trial seed %d: %d articles and %d weekly counts checked; %s%n", seed,
                            result.checkedArticles(), result.checkedCounts(), result.events());
                }
            }
        }
        long faults = results.stream().flatMap(r -> r.events().stream()).filter(e -> e.contains("killed")).count();
        System.out.printf("fault trials: %d trials, %d hard kills, %d articles checked%n", results.size(), faults,
                results.stream().mapToInt(Result::checkedArticles).sum());
        assertThat(faults).isEqualTo((long) trials * scale.faults());
    }
}
