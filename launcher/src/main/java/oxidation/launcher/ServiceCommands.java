package oxidation.launcher;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import oxidation.classify.service.ClassifyApp;
import oxidation.classify.service.ClassifyConfig;
import oxidation.ingest.IngestApp;
import oxidation.ingest.IngestConfig;
import oxidation.store.StoreApp;
import oxidation.store.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** The commands that run one service, configured from the environment: what each compose container runs. */
final class ServiceCommands {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceCommands.class);

    private ServiceCommands() {
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Run the ingest service (feeds to articles.raw), configured from the environment.",
            footer = {"", "Example:", "  KAFKA_BOOTSTRAP_SERVERS=kafka:9092 oxidation ingest"})
    static final class Ingest implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            IngestApp app = IngestApp.create(IngestConfig.fromEnv(System.getenv()));
            return runUntilStopped("ingest", app, app::start);
        }
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = "Run the classifier (articles.raw to articles.tagged), configured from the environment.",
            footer = {"", "Example:", "  KAFKA_BOOTSTRAP_SERVERS=kafka:9092 oxidation classify"})
    static final class Classify implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            ClassifyApp app = ClassifyApp.create(ClassifyConfig.fromEnv(System.getenv()));
            return runUntilStopped("classify", app, app::start);
        }
    }

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = "Run the store (articles.tagged to the timeline database and its HTTP API), "
                    + "configured from the environment.",
            footer = {"", "Example:", "  STORE_JDBC_URL=jdbc:postgresql://postgres/oxidation oxidation store"})
    static final class Store implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            StoreApp app = StoreApp.create(StoreConfig.fromEnv(System.getenv()));
            return runUntilStopped("store", app, app::start);
        }
    }

    /**
     * Starts a service and blocks until the JVM is asked to stop, then closes it. While it runs, the file
     * named by {@code OXIDATION_HEALTH_FILE} (if set) is touched every few seconds: the container's
     * healthcheck reads its age.
     */
    static int runUntilStopped(String name, AutoCloseable service, Runnable start) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Heartbeat heartbeat = Heartbeat.fromEnv(System.getenv());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("{} stopping", name);
            heartbeat.close();
            try {
                service.close();
            } catch (Exception e) {
                LOG.error("{} did not stop cleanly", name, e);
            } finally {
                stopped.countDown();
            }
        }, name + "-stop"));
        start.run();
        heartbeat.start();
        LOG.info("{} running", name);
        stopped.await();
        return 0;
    }
}
