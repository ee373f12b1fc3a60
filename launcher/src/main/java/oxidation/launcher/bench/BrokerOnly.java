package oxidation.launcher.bench;

import oxidation.broker.LocalKafka;
import oxidation.broker.LocalKafkaConfig;

/**
 * The start-up ceiling: a JVM that starts only the in-process broker (fresh storage, formatted on the
 * way) and prints {@code ready}. {@link StartupBench} times it next to {@code oxidation up}.
 */
public final class BrokerOnly {

    private BrokerOnly() {
    }

    public static void main(String[] args) {
        try (LocalKafka kafka = LocalKafka.start(LocalKafkaConfig.temporary())) {
            System.out.println("ready " + kafka.bootstrapServers());
            System.out.flush();
        }
    }
}
