package oxidation.classify.service;

import java.util.concurrent.CountDownLatch;

/** Runs the classify service with its configuration from the environment until the JVM is stopped. */
public final class ClassifyMain {

    private ClassifyMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ClassifyApp app = ClassifyApp.create(ClassifyConfig.fromEnv(System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "classify-shutdown"));
        app.start();
        stopped.await();
    }
}
