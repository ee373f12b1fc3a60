package oxidation.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table of counters keyed by some columns, moved by deltas inside the caller's transaction: rows are
 * created at their first increment and removed when they reach zero, so MIN and MAX over the keys stay
 * exact.
 */
public final class Counters {

    private final String update;
    private final String insert;
    private final String deleteEmpty;

    /** A counter table; its name and columns are code constants, never input. */
    public Counters(String table, List<String> keys, String counter) {
        String where = String.join(" = ? AND ", keys) + " = ?";
        this.update = "UPDATE " + table + " SET " + counter + " = " + counter + " + ? WHERE " + where;
        this.insert = "INSERT INTO " + table + " (" + String.join(", ", keys) + ", " + counter + ") VALUES ("
                + Sql.placeholders(keys.size() + 1) + ")";
        this.deleteEmpty = "DELETE FROM " + table + " WHERE " + where + " AND " + counter + " <= 0";
    }

    /** Adds each delta to its key's counter; a key is the list of key column values in order. */
    public void apply(Connection c, Map<List<Object>, Integer> deltas) throws SQLException {
        List<Map.Entry<List<Object>, Integer>> moves = deltas.entrySet().stream().filter(e -> e.getValue() != 0)
                .toList();
        if (moves.isEmpty()) {
            return;
        }
        int[] updated;
        try (PreparedStatement s = c.prepareStatement(update)) {
            for (var move : moves) {
                s.setInt(1, move.getValue());
                bindKey(s, 2, move.getKey());
                s.addBatch();
            }
            updated = s.executeBatch();
        }
        List<Map.Entry<List<Object>, Integer>> missing = new ArrayList<>();
        List<List<Object>> shrunk = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            if (updated[i] == 0) {
                missing.add(moves.get(i));
            } else if (moves.get(i).getValue() < 0) {
                shrunk.add(moves.get(i).getKey());
            }
        }
        insert(c, missing);
        deleteEmpty(c, shrunk);
    }

    private void insert(Connection c, List<Map.Entry<List<Object>, Integer>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(insert)) {
            for (var row : rows) {
                if (row.getValue() < 0) {
                    throw new IllegalStateException("counter " + row.getKey() + " would go below zero");
                }
                int next = bindKey(s, 1, row.getKey());
                s.setInt(next, row.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void deleteEmpty(Connection c, List<List<Object>> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(deleteEmpty)) {
            for (List<Object> key : keys) {
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
