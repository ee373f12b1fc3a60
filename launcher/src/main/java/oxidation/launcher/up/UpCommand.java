package oxidation.launcher.up;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oxidation up}: the whole pipeline on this machine, until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on this machine: a real Kafka broker, ingest, classify, the store "
                + "on H2 and its web page. A second run resumes where the first stopped.",
        footer = {"", "Examples:", "  oxidation up --demo              # offline: the bundled release notes of the tools",
            "  oxidation up --sources my-feeds.yaml --port 9000"})
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = ".oxidation", paramLabel = "DIR",
            description = "Where the broker and the database keep their data (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sources", paramLabel = "FILE", description = "A sources file (YAML or OPML) to follow "
            + "instead of the bundled default sources.")
    Path sources;

    @Option(names = "--port", defaultValue = "8080", description = "The web page and API port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "The broker's port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--demo", description = "Serve the bundled sample sources (real release notes of the tools) "
            + "from a local server: a populated timeline with no network.")
    boolean demo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long launched = System.nanoTime();
        OneMachine machine = OneMachine.start(new OneMachineConfig(data, sources, port, kafkaPort, demo), System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            machine.close();
            stopped.countDown();
        }, "oxidation-stop"));
        var out = spec.commandLine().getOut();
        out.printf("oxidation is up in %.1f s%n", (System.nanoTime() - launched) / 1e9);
        out.printf("  page:    http://127.0.0.1:%d/%n", machine.httpPort());
        out.printf("  API:     http://127.0.0.1:%d/api/timeline?tool=uv&tool=ruff&bucket=month%n", machine.httpPort());
        out.printf("  Kafka:   %s  (oxidation tail articles.tagged)%n", machine.bootstrapServers());
        out.printf("  data:    %s%n", data.toAbsolutePath());
        out.println("Ctrl-C stops everything.");
        out.flush();
        stopped.await();
        return 0;
    }
}
