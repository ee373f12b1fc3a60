package oxidation.launcher;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import oxidation.broker.LocalKafka;
import oxidation.broker.LocalKafkaConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A hidden command that runs the single-node KRaft broker alone in its JVM, with its data kept in a
 * folder: what the fault-injection tests kill hard and start again on the same data.
 */
@Command(name = "broker", hidden = true, mixinStandardHelpOptions = true,
        description = "Run a single-node Kafka broker (KRaft) on 127.0.0.1 with its data in a folder.",
        footer = {"", "Example:", "  oxidation broker --port 9092 --data .oxidation/kafka"})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, description = "the client port")
    int port;

    @Option(names = "--controller-port", defaultValue = "0", description = "the KRaft controller port (0: any free one)")
    int controllerPort;

    @Option(names = "--data", required = true, description = "the folder of the broker's logs and metadata")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        LocalKafka kafka = LocalKafka.start(new LocalKafkaConfig(port, controllerPort, data.toAbsolutePath(),
                "127.0.0.1", "127.0.0.1", 1, 8 * 1024 * 1024));
        return ServiceCommands.runUntilStopped("broker", kafka, () -> { });
    }
}
