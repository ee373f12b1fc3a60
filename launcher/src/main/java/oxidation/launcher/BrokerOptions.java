package oxidation.launcher;

import picocli.CommandLine.Option;

/** The broker address and topic prefix options every command that talks to Kafka shares (a picocli mixin). */
public final class BrokerOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "The broker (default: ${DEFAULT-VALUE}, the one-machine broker).")
    private String bootstrap;

    @Option(names = "--prefix", defaultValue = "${env:OXIDATION_TOPIC_PREFIX:-}", description = "Topic name prefix.")
    private String prefix;

    /** The broker's {@code host:port}. */
    public String bootstrap() {
        return bootstrap;
    }

    /** The topic name prefix, {@code ""} for none. */
    public String prefix() {
        return prefix;
    }
}
