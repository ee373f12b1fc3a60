package oxidation.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table of counters keyed by some columns, moved by deltas inside the caller's transaction with one
 * standard {@code MERGE} of all keys, passed as arrays (PostgreSQL 15+ and H2): rows are created at their first
 * increment and removed when their first counter reaches zero, so MIN and MAX over the keys stay exact.
 */
public final class Counters {

    /** A key column and its SQL type ({@code DATE} or a character type), for the typed parameters of the merge. */
    public record Column(String name, String sqlType) {

        Object read(ResultSet rs, int index) throws SQLException {
            return sqlType.equals("DATE") ? rs.getObject(index, LocalDate.class) : rs.getString(index);
        }
    }

    private final List<Column> keys;
    private final List<String> counters;
    private final String deleteEmpty;
    private final String merge;
    private final String read;

    /** A table with one counter column; its name and columns are code constants, never input. */
    public Counters(String table, List<Column> keys, String counter) {
        this(table, keys, List.of(counter));
    }

    /** A table with several counter columns; a row goes when the first one reaches zero. */
    public Counters(String table, List<Column> keys, List<String> counters) {
        this.keys = List.copyOf(keys);
        this.counters = List.copyOf(counters);
        this.deleteEmpty = "DELETE FROM " + table + " WHERE " + keys.stream().map(k -> k.name() + " = ?")
                .collect(Collectors.joining(" AND ")) + " AND " + counters.get(0) + " <= 0";
        this.merge = merge(table, this.keys, this.counters);
        this.read = read(table, this.keys, this.counters.get(0));
    }

    /** Adds one key's deltas (one per counter column, in order) to a map of pending moves. */
    public static void add(Map<List<Object>, int[]> moves, List<Object> key, int... deltas) {
        int[] sum = moves.computeIfAbsent(key, k -> new int[deltas.length]);
        for (int i = 0; i < deltas.length; i++) {
            sum[i] += deltas[i];
        }
    }

    /** Adds each key's deltas to its counters; a key is the list of key column values in order. */
    public void apply(Connection c, Map<List<Object>, int[]> deltas) throws SQLException {
        List<Map.Entry<List<Object>, int[]>> moves = deltas.entrySet().stream()
                .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(d -> d != 0)).toList();
        if (moves.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(merge)) {
            int next = bindKeys(c, s, moves.stream().map(Map.Entry::getKey).toList());
            for (int i = 0; i < counters.size(); i++) {
                int column = i;
                s.setArray(next++, c.createArrayOf("integer",
                        moves.stream().map(m -> m.getValue()[column]).toArray(Integer[]::new)));
            }
            s.executeUpdate();
        }
        List<List<Object>> shrunk = moves.stream().filter(m -> m.getValue()[0] < 0).map(Map.Entry::getKey).toList();
        if (shrunk.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(deleteEmpty)) {
            for (List<Object> key : shrunk) {
                for (int i = 0; i < keys.size(); i++) {
                    s.setObject(i + 1, key.get(i));
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The first counter of each of these keys that has a row. */
    public Map<List<Object>, Integer> current(Connection c, Collection<List<Object>> wanted) throws SQLException {
        Map<List<Object>, Integer> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement(read)) {
            bindKeys(c, s, new ArrayList<>(wanted));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Object> key = new ArrayList<>(keys.size());
                    for (int i = 0; i < keys.size(); i++) {
                        key.add(keys.get(i).read(rs, i + 1));
                    }
                    found.put(List.copyOf(key), rs.getInt(keys.size() + 1));
                }
            }
        }
        return found;
    }

    /** One MERGE of all keys: their deltas are added where the key exists, inserted where it does not. */
    private static String merge(String table, List<Column> keys, List<String> counters) {
        String names = keys.stream().map(Column::name).collect(Collectors.joining(", "));
        String deltas = counters.stream().map(n -> "d_" + n).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING " + unnest(keys, counters.size()) + " AS s (" + names + ", " + deltas
                + ") ON " + keys.stream().map(k -> "t." + k.name() + " = s." + k.name())
                        .collect(Collectors.joining(" AND "))
                + " WHEN MATCHED THEN UPDATE SET " + counters.stream().map(n -> n + " = t." + n + " + s.d_" + n)
                        .collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED THEN INSERT (" + names + ", " + String.join(", ", counters) + ") VALUES ("
                + keys.stream().map(k -> "s." + k.name()).collect(Collectors.joining(", ")) + ", "
                + counters.stream().map(n -> "s.d_" + n).collect(Collectors.joining(", ")) + ")";
    }

    /** One lookup of all keys: a join of the table with the keys, which both databases answer by index. */
    private static String read(String table, List<Column> keys, String counter) {
        String names = keys.stream().map(Column::name).collect(Collectors.joining(", "));
        return "SELECT " + keys.stream().map(k -> "t." + k.name()).collect(Collectors.joining(", ")) + ", t."
                + counter + " FROM " + unnest(keys, 0) + " AS k (" + names + ") JOIN " + table + " t ON "
                + keys.stream().map(k -> "t." + k.name() + " = k." + k.name()).collect(Collectors.joining(" AND "));
    }

    /** The keys (and deltas) as rows of parameter arrays, one array per column. */
    private static String unnest(List<Column> keys, int deltas) {
        List<String> types = new ArrayList<>(keys.stream().map(Column::sqlType).toList());
        types.addAll(Collections.nCopies(deltas, "INTEGER"));
        return Sql.unnest(types);
    }

    /** Binds one array per key column, dates as ISO text (cast by the statement); returns the next index. */
    private int bindKeys(Connection c, PreparedStatement s, List<List<Object>> all) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            int column = i;
            s.setArray(i + 1, c.createArrayOf("varchar",
                    all.stream().map(k -> k.get(column).toString()).toArray(String[]::new)));
        }
        return keys.size() + 1;
    }
}
