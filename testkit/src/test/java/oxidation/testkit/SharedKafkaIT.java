package oxidation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.events.Topics;

class SharedKafkaIT {

    @Test
    void typedRecordsGoThroughTheSharedBrokerUnderAPrivatePrefix() {
        TestTopics topics = TestTopics.create();
        Source source = Source.of("astral-blog", "https://astral.sh/blog/rss.xml", SourceKind.FEED, null);

        try (KafkaTestClient client = new KafkaTestClient()) {
            client.send(topics.of(Topics.SOURCES), source.id(), source);
            client.send(topics.of(Topics.SOURCES), "gone", null);

            var records = client.read(topics.of(Topics.SOURCES), 2, Duration.ofSeconds(30));

            assertThat(records.get(0).value()).isEqualTo(source);
            assertThat(records.get(1).value()).as("a tombstone stays null").isNull();
            assertThat(records.get(0).topic()).startsWith(topics.prefix()).endsWith("sources");
        }
        assertThat(SharedKafka.bootstrapServers()).as("one broker per JVM").isEqualTo(SharedKafka.bootstrapServers());
    }
}
