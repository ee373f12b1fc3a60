package oxidation.launcher;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import oxidation.classify.service.ClassifyConfig;
import oxidation.classify.service.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code oxidation replay}: re-tag the whole history with the current catalog, with progress and an ETA. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-tag every article of articles.raw with the current catalog; articles.tagged then carries "
                + "the newest catalog version for every article and the store converges to it.",
        footer = {"", "Example:", "  oxidation replay --bootstrap-server localhost:9094"})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    BrokerOptions broker;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrap());
        env.put("OXIDATION_TOPIC_PREFIX", broker.prefix());
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err);
        Replay.Result result = Replay.run(ClassifyConfig.fromEnv(env), progress::update);
        progress.finish();
        spec.commandLine().getOut().printf("re-tagged %,d articles with catalog %s in %.1f s%s%n", result.records(),
                result.catalogVersion(), result.took().toMillis() / 1000.0, result.complete() ? "" : " (incomplete)");
        return result.complete() ? 0 : 1;
    }

    /** A one-line progress bar with an ETA, redrawn in place. */
    static final class Progress {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long lastDrawn;

        Progress(PrintWriter err) {
            this.err = err;
        }

        void update(long done, long total) {
            long now = System.nanoTime();
            if (now - lastDrawn < 200_000_000L && done < total) {
                return;
            }
            lastDrawn = now;
            err.print("\r" + line(done, total, Duration.ofNanos(now - started)));
            err.flush();
        }

        void finish() {
            err.println();
            err.flush();
        }

        static String line(long done, long total, Duration elapsed) {
            double fraction = total <= 0 ? 1.0 : Math.min(1.0, (double) done / total);
            int filled = (int) Math.round(fraction * 30);
            String eta = fraction <= 0 ? "--" : formatSeconds((long) (elapsed.toSeconds() / fraction - elapsed.toSeconds()));
            return String.format("[%s%s] %,d/%,d %3.0f%% ETA %s", "#".repeat(filled), " ".repeat(30 - filled), done,
                    total, fraction * 100, eta);
        }

        private static String formatSeconds(long seconds) {
            return seconds >= 60 ? (seconds / 60) + "m" + (seconds % 60) + "s" : seconds + "s";
        }
    }
}
