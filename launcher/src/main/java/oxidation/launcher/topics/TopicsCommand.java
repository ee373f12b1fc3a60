package oxidation.launcher.topics;

import java.util.Set;
import java.util.concurrent.Callable;
import oxidation.events.Topic;
import oxidation.events.TopicSetup;
import oxidation.events.Topics;
import oxidation.launcher.BrokerOptions;
import oxidation.launcher.sources.DefaultSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oxidation topics}: create or list the pipeline's topics. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Create or list the pipeline's topics.",
        subcommands = {TopicsCommand.Create.class, TopicsCommand.ListTopics.class})
public final class TopicsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create every topic with its cleanup policy; existing topics are left alone.",
            footer = {"", "Example:", "  oxidation topics create --bootstrap-server kafka:9092 --partitions 6"})
    static final class Create implements Callable<Integer> {

        @Mixin
        BrokerOptions broker;

        @Option(names = "--partitions", defaultValue = "${env:OXIDATION_TOPIC_PARTITIONS:-6}",
                description = "Partitions per topic (default: ${DEFAULT-VALUE}): the most replicas of a service that share work.")
        int partitions;

        @Option(names = "--replication", defaultValue = "1", description = "Replication factor (default: ${DEFAULT-VALUE}).")
        short replication;

        @Option(names = "--with-default-sources", description = "Follow the bundled default sources when no source "
                + "is followed yet.")
        boolean withDefaultSources;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Set<String> created = TopicSetup.ensure(broker.bootstrap(), Topics.withPrefix(broker.prefix()), partitions, replication);
            for (Topic<?, ?> topic : Topics.withPrefix(broker.prefix())) {
                spec.commandLine().getOut().printf("%-24s %-8s %s%n", topic.name(), topic.cleanup().policy(),
                        created.contains(topic.name()) ? "created" : "exists");
            }
            if (withDefaultSources) {
                spec.commandLine().getOut().printf("default sources: %d published%n",
                        DefaultSources.seedIfEmpty(broker.bootstrap(), broker.prefix()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the topics and their cleanup policies.")
    static final class ListTopics implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            for (Topic<?, ?> topic : Topics.ALL) {
                spec.commandLine().getOut().printf("%-24s %s%n", topic.name(), topic.cleanup().policy());
            }
            return 0;
        }
    }
}
