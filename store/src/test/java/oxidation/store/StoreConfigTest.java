package oxidation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    @Test
    void defaultsMatchTheOneMachineMode() {
        StoreConfig config = StoreConfig.fromEnv(Map.of());

        assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(config.topicPrefix()).isEmpty();
        assertThat(config.jdbcUrl()).startsWith("jdbc:h2:file:./.oxidation/store;MODE=PostgreSQL");
        assertThat(config.jdbcUser()).isEqualTo("sa");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.groupId()).isEqualTo("oxidation-store");
    }

    @Test
    void readsEveryVariable() {
        StoreConfig config = StoreConfig.fromEnv(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "OXIDATION_TOPIC_PREFIX", "prod.", "STORE_JDBC_URL", "jdbc:postgresql://db/oxidation",
                "STORE_JDBC_USER", "store", "STORE_JDBC_PASSWORD", "secret", "STORE_HTTP_PORT", "9090",
                "STORE_GROUP_ID", "store-2"));

        assertThat(config).isEqualTo(new StoreConfig("kafka:9092", "prod.", "jdbc:postgresql://db/oxidation", "store",
                "secret", 9090, "store-2"));
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        assertThatThrownBy(() -> StoreConfig.fromEnv(Map.of("STORE_HTTP_PORT", "eighty")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STORE_HTTP_PORT");
    }

    @Test
    void refusesADatabaseItDoesNotSpeak() {
        StoreConfig config = StoreConfig.fromEnv(Map.of("STORE_JDBC_URL", "jdbc:mysql://db/x"));

        assertThatThrownBy(() -> StoreApp.create(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql: or jdbc:h2:");
    }
}
