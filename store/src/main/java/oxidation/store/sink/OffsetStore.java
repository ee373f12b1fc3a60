package oxidation.store.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * The consumer's positions, kept in the database next to the rows they produced. A save names the
 * position it expects to move from, so a consumer that lost its partition to another store instance
 * cannot commit over it.
 */
final class OffsetStore {

    private final String group;

    OffsetStore(String group) {
        this.group = group;
    }

    /** The stored next offset of each partition that has one. */
    Map<TopicPartition, Long> load(Connection c, Collection<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> positions = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT next_offset FROM consumer_offset WHERE group_id = ? AND topic = ? AND partition_no = ?")) {
            for (TopicPartition p : partitions) {
                s.setString(1, group);
                s.setString(2, p.topic());
                s.setInt(3, p.partition());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        positions.put(p, rs.getLong(1));
                    }
                }
            }
        }
        return positions;
    }

    /**
     * Moves each partition to its next offset.
     *
     * @param expected the stored offset each partition moves from; a partition absent here has none yet
     * @throws StalePositionException when the stored position is not the expected one
     */
    void save(Connection c, Map<TopicPartition, Long> next, Map<TopicPartition, Long> expected)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE consumer_offset SET next_offset = ?"
                + " WHERE group_id = ? AND topic = ? AND partition_no = ? AND next_offset = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO consumer_offset"
                        + " (group_id, topic, partition_no, next_offset) VALUES (?, ?, ?, ?)")) {
            for (var entry : next.entrySet()) {
                TopicPartition p = entry.getKey();
                Long from = expected.get(p);
                if (from == null) {
                    insert.setString(1, group);
                    insert.setString(2, p.topic());
                    insert.setInt(3, p.partition());
                    insert.setLong(4, entry.getValue());
                    insert.executeUpdate();
                } else {
                    update.setLong(1, entry.getValue());
                    update.setString(2, group);
                    update.setString(3, p.topic());
                    update.setInt(4, p.partition());
                    update.setLong(5, from);
                    if (update.executeUpdate() != 1) {
                        throw new StalePositionException(p, from);
                    }
                }
            }
        }
    }

    /** Another consumer moved a partition since this one read its position. */
    static final class StalePositionException extends SQLException {

        StalePositionException(TopicPartition partition, long expected) {
            super("the stored position of " + partition + " is no longer " + expected
                    + ": another consumer committed it");
        }
    }
}
