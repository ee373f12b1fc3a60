package oxidation.store.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import oxidation.store.TestDatabases;
import oxidation.store.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OffsetStoreTest {

    private static final TopicPartition P0 = new TopicPartition("articles.tagged", 0);
    private static final TopicPartition P1 = new TopicPartition("articles.tagged", 1);

    private final Database db = TestDatabases.h2InMemory();
    private final OffsetStore offsets = new OffsetStore("store");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void keepsTheNextOffsetOfEachPartitionPerGroup() throws SQLException {
        db.inTransaction(c -> {
            offsets.save(c, Map.of(P0, 10L), Map.of());
            offsets.save(c, Map.of(P0, 25L), Map.of(P0, 10L));
            new OffsetStore("other").save(c, Map.of(P0, 3L), Map.of());
            return null;
        });

        Map<TopicPartition, Long> stored = db.read(c -> offsets.load(c, List.of(P0, P1)));
        assertThat(stored).isEqualTo(Map.of(P0, 25L));
    }

    @Test
    void refusesToMoveAPositionAnotherConsumerMovedFirst() throws SQLException {
        db.inTransaction(c -> {
            offsets.save(c, Map.of(P0, 10L), Map.of());
            offsets.save(c, Map.of(P0, 20L), Map.of(P0, 10L));
            return null;
        });

        assertThatThrownBy(() -> db.inTransaction(c -> {
            offsets.save(c, Map.of(P0, 15L), Map.of(P0, 10L));
            return null;
        })).isInstanceOf(OffsetStore.StalePositionException.class);
        Map<TopicPartition, Long> stored = db.read(c -> offsets.load(c, List.of(P0)));
        assertThat(stored).isEqualTo(Map.of(P0, 20L));
    }
}
