package oxidation.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics with their cleanup policies, leaving topics that exist alone. Used by
 * the one-machine mode, the compose stack's one-shot setup and the tests.
 */
public final class TopicSetup {

    private TopicSetup() {
    }

    /**
     * Ensures every topic exists.
     *
     * @return the names of the topics this call created
     * @throws IllegalStateException when the cluster cannot be reached or refuses a topic
     */
    public static Set<String> ensure(String bootstrapServers, Collection<Topic<?, ?>> topics, int partitions,
            short replication) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), partitions, replication).configs(configOf(t)))
                    .toList();
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            awaitLeaders(admin, missing);
            return Set.copyOf(missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Waits until the leader of every partition of the new topics answers. A produce request that reaches
     * a partition whose leadership is still being set up can be appended and yet answered with
     * NOT_LEADER_OR_FOLLOWER, which sends an idempotent producer into out-of-order-sequence retries:
     * only the leader answers ListOffsets, so a successful answer means the partition is ready.
     */
    private static void awaitLeaders(Admin admin, List<NewTopic> topics) throws InterruptedException,
            TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (NewTopic topic : topics) {
            for (int p = 0; p < topic.numPartitions(); p++) {
                partitions.put(new TopicPartition(topic.name(), p), OffsetSpec.latest());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the new topics' partitions have no ready leader: " + e.getMessage());
                }
                Thread.sleep(100);
            }
        }
    }

    private static Map<String, String> configOf(Topic<?, ?> topic) {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanup().policy(),
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
    }
}
