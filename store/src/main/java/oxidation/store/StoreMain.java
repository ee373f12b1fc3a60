package oxidation.store;

import java.util.concurrent.CountDownLatch;

/** Runs the store service: configuration from the environment, start, stop on shutdown. */
public final class StoreMain {

    private StoreMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StoreApp app = StoreApp.create(StoreConfig.fromEnv(System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "store-shutdown"));
        app.start();
        stopped.await();
    }
}
