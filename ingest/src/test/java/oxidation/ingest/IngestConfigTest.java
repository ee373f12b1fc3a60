package oxidation.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaultsMatchTheOneMachineMode() {
        IngestConfig config = IngestConfig.fromEnv(Map.of());
        assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(config.topicPrefix()).isEmpty();
        assertThat(config.groupId()).isEqualTo("oxidation-ingest");
        assertThat(config.sourcesFile()).isNull();
        assertThat(config.allowHosts()).isEmpty();
        assertThat(config.defaultPollInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.maxBodyBytes()).isEqualTo(15L * 1024 * 1024);
        assertThat(config.fetchPages()).isTrue();
        assertThat(config.fetchConfig().maxPerHost()).isEqualTo(2);
        assertThat(config.fetchConfig().maxRedirects()).isEqualTo(5);
        assertThat(config.workerConfig().backoff().base()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void readsEveryVariable() {
        IngestConfig config = IngestConfig.fromEnv(Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"),
                Map.entry("OXIDATION_TOPIC_PREFIX", "demo."),
                Map.entry("INGEST_GROUP_ID", "g"),
                Map.entry("INGEST_SOURCES_FILE", "/etc/oxidation/sources.yaml"),
                Map.entry("INGEST_ALLOW_HOSTS", " 127.0.0.1, localhost ,,"),
                Map.entry("INGEST_DEFAULT_POLL_INTERVAL", "PT1S"),
                Map.entry("INGEST_MAX_BODY_BYTES", "1024"),
                Map.entry("INGEST_FETCH_PAGES", "false"),
                Map.entry("INGEST_FETCH_DEADLINE", "PT5S"),
                Map.entry("INGEST_POLITE_DELAY", "PT0S"),
                Map.entry("INGEST_BACKOFF_BASE", "PT2S"),
                Map.entry("INGEST_POLL_THREADS", "3")));
        assertThat(config.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.workerConfig().topicPrefix()).isEqualTo("demo.");
        assertThat(config.workerConfig().groupId()).isEqualTo("g");
        assertThat(config.sourcesFile()).isEqualTo(Path.of("/etc/oxidation/sources.yaml"));
        assertThat(config.fetchConfig().allowHosts()).isEqualTo(Set.of("127.0.0.1", "localhost"));
        assertThat(config.workerConfig().defaultPollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.fetchConfig().maxBodyBytes()).isEqualTo(1024);
        assertThat(config.workerConfig().fetchPages()).isFalse();
        assertThat(config.fetchConfig().deadline()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.fetchConfig().readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.fetchConfig().politeDelay()).isZero();
        assertThat(config.workerConfig().backoff().base()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.workerConfig().pollThreads()).isEqualTo(3);
    }

    @Test
    void namesTheVariableOfABadValue() {
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of("INGEST_DEFAULT_POLL_INTERVAL", "30m")))
                .hasMessage("INGEST_DEFAULT_POLL_INTERVAL='30m' is not an ISO-8601 duration such as PT30M");
        assertThatThrownBy(() -> IngestConfig.fromEnv(Map.of("INGEST_MAX_BODY_BYTES", "15MB")))
                .hasMessage("INGEST_MAX_BODY_BYTES='15MB' is not a whole number");
    }
}
