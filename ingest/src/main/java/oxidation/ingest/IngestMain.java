package oxidation.ingest;

import java.util.concurrent.CountDownLatch;

/** Runs the ingest service until the JVM is asked to stop; configured by the environment. */
public final class IngestMain {

    private IngestMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        IngestApp app = IngestApp.create(IngestConfig.fromEnv(System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "ingest-shutdown"));
        app.start();
        stopped.await();
    }
}
