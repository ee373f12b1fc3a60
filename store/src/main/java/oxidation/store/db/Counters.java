package oxidation.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table of counters keyed by some columns, moved by deltas inside the caller's transaction with one
 * standard {@code MERGE} per key (PostgreSQL 15+ and H2): rows are created at their first increment and
 * removed when they reach zero, so MIN and MAX over the keys stay exact.
 */
public final class Counters {

    /** A key column and its SQL type, for the typed parameters of the merge. */
    public record Column(String name, String sqlType) {
    }

    private final String merge;
    private final String deleteEmpty;

    /** A counter table; its name and columns are code constants, never input. */
    public Counters(String table, List<Column> keys, String counter) {
        String values = keys.stream().map(k -> "CAST(? AS " + k.sqlType() + ")").collect(Collectors.joining(", "));
        String names = keys.stream().map(Column::name).collect(Collectors.joining(", "));
        String on = keys.stream().map(k -> "t." + k.name() + " = s." + k.name()).collect(Collectors.joining(" AND "));
        String inserted = keys.stream().map(k -> "s." + k.name()).collect(Collectors.joining(", "));
        this.merge = "MERGE INTO " + table + " t USING (VALUES (" + values + ", CAST(? AS INTEGER))) AS s (" + names
                + ", delta) ON " + on + " WHEN MATCHED THEN UPDATE SET " + counter + " = t." + counter + " + s.delta"
                + " WHEN NOT MATCHED THEN INSERT (" + names + ", " + counter + ") VALUES (" + inserted + ", s.delta)";
        this.deleteEmpty = "DELETE FROM " + table + " WHERE "
                + keys.stream().map(k -> k.name() + " = ?").collect(Collectors.joining(" AND ")) + " AND " + counter
                + " <= 0";
    }

    /** Adds each delta to its key's counter; a key is the list of key column values in order. */
    public void apply(Connection c, Map<List<Object>, Integer> deltas) throws SQLException {
        List<Map.Entry<List<Object>, Integer>> moves = deltas.entrySet().stream().filter(e -> e.getValue() != 0)
                .toList();
        if (moves.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(merge)) {
            for (var move : moves) {
                int next = bindKey(s, 1, move.getKey());
                s.setInt(next, move.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
        List<List<Object>> shrunk = moves.stream().filter(m -> m.getValue() < 0).map(Map.Entry::getKey).toList();
        if (shrunk.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(deleteEmpty)) {
            for (List<Object> key : shrunk) {
                bindKey(s, 1, key);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static int bindKey(PreparedStatement s, int first, List<Object> key) throws SQLException {
        int index = first;
        for (Object value : key) {
            s.setObject(index++, value);
        }
        return index;
    }
}
