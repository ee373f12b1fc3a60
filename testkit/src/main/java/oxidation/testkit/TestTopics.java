package oxidation.testkit;

import java.util.UUID;
import oxidation.events.Topic;
import oxidation.events.TopicSetup;
import oxidation.events.Topics;

/**
 * A private set of the pipeline's topics for one test: every topic of {@link Topics#ALL} under a
 * random prefix, created on the shared broker.
 */
public final class TestTopics {

    private final String prefix;

    private TestTopics(String prefix) {
        this.prefix = prefix;
    }

    /** Creates the topics under a fresh prefix, with one partition each. */
    public static TestTopics create() {
        return create(1);
    }

    /** Creates the topics under a fresh prefix with the given partition count. */
    public static TestTopics create(int partitions) {
        TestTopics topics = new TestTopics("t" + UUID.randomUUID().toString().substring(0, 8) + ".");
        TopicSetup.ensure(SharedKafka.bootstrapServers(), Topics.withPrefix(topics.prefix), partitions, (short) 1);
        return topics;
    }

    /** The prefix to give the service under test. */
    public String prefix() {
        return prefix;
    }

    /** The prefixed form of a pipeline topic. */
    public <K, V> Topic<K, V> of(Topic<K, V> topic) {
        return topic.withPrefix(prefix);
    }
}
