package oxidation.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table of counters keyed by some columns, moved by deltas inside the caller's transaction with one
 * standard {@code MERGE} per chunk of keys (PostgreSQL 15+ and H2): rows are created at their first
 * increment and removed when their first counter reaches zero, so MIN and MAX over the keys stay exact.
 */
public final class Counters {

    /** A key column and its SQL type ({@code DATE} or a character type), for the typed parameters of the merge. */
    public record Column(String name, String sqlType) {

        Object read(ResultSet rs, int index) throws SQLException {
            return sqlType.equals("DATE") ? rs.getObject(index, LocalDate.class) : rs.getString(index);
        }
    }

    /**
     * Rows per statement. A chunk is padded with keyless rows up to the next of these sizes, so a table has only
     * a few statement texts, which the databases parse and plan once and then reuse.
     */
    private static final int[] SIZES = {8, 64, 512};
    private static final int CHUNK = SIZES[SIZES.length - 1];

    private final String table;
    private final List<Column> keys;
    private final List<String> counters;
    private final String deleteEmpty;

    /** A table with one counter column; its name and columns are code constants, never input. */
    public Counters(String table, List<Column> keys, String counter) {
        this(table, keys, List.of(counter));
    }

    /** A table with several counter columns; a row goes when the first one reaches zero. */
    public Counters(String table, List<Column> keys, List<String> counters) {
        this.table = table;
        this.keys = List.copyOf(keys);
        this.counters = List.copyOf(counters);
        this.deleteEmpty = "DELETE FROM " + table + " WHERE " + keys.stream().map(k -> k.name() + " = ?")
                .collect(Collectors.joining(" AND ")) + " AND " + counters.get(0) + " <= 0";
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
        for (int from = 0; from < moves.size(); from += CHUNK) {
            List<Map.Entry<List<Object>, int[]>> chunk = moves.subList(from, Math.min(moves.size(), from + CHUNK));
            int size = padded(chunk.size());
            try (PreparedStatement s = c.prepareStatement(merge(size))) {
                int next = 1;
                for (int row = 0; row < size; row++) {
                    var move = row < chunk.size() ? chunk.get(row) : null;
                    next = bindKey(s, next, move == null ? null : move.getKey());
                    for (int i = 0; i < counters.size(); i++) {
                        s.setInt(next++, move == null ? 0 : move.getValue()[i]);
                    }
                }
                s.executeUpdate();
            }
        }
        List<List<Object>> shrunk = moves.stream().filter(m -> m.getValue()[0] < 0).map(Map.Entry::getKey).toList();
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

    /** The first counter of each of these keys that has a row. */
    public Map<List<Object>, Integer> current(Connection c, Collection<List<Object>> wanted) throws SQLException {
        Map<List<Object>, Integer> found = new HashMap<>();
        List<List<Object>> all = new ArrayList<>(wanted);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<List<Object>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            int size = padded(chunk.size());
            try (PreparedStatement s = c.prepareStatement(read(size))) {
                int next = 1;
                for (int row = 0; row < size; row++) {
                    next = bindKey(s, next, row < chunk.size() ? chunk.get(row) : null);
                }
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
        }
        return found;
    }

    /** One MERGE of rows key rows: their deltas are added where the key exists, inserted where it does not. */
    private String merge(int rows) {
        String names = keys.stream().map(Column::name).collect(Collectors.joining(", "));
        String deltas = counters.stream().map(n -> "d_" + n).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING " + values(rows, true) + " AS s (" + names + ", " + deltas + ") ON "
                + keys.stream().map(k -> "t." + k.name() + " = s." + k.name()).collect(Collectors.joining(" AND "))
                + " WHEN MATCHED THEN UPDATE SET " + counters.stream().map(n -> n + " = t." + n + " + s.d_" + n)
                        .collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED AND s." + keys.get(0).name() + " IS NOT NULL THEN INSERT (" + names + ", " + String.join(", ", counters) + ") VALUES ("
                + keys.stream().map(k -> "s." + k.name()).collect(Collectors.joining(", ")) + ", "
                + counters.stream().map(n -> "s.d_" + n).collect(Collectors.joining(", ")) + ")";
    }

    /** One lookup of rows keys: a join of the table with the keys, which both databases answer by index. */
    private String read(int rows) {
        String names = keys.stream().map(Column::name).collect(Collectors.joining(", "));
        return "SELECT " + keys.stream().map(k -> "t." + k.name()).collect(Collectors.joining(", ")) + ", t."
                + counters.get(0) + " FROM " + values(rows, false) + " AS k (" + names + ") JOIN " + table
                + " t ON " + keys.stream().map(k -> "t." + k.name() + " = k." + k.name())
                        .collect(Collectors.joining(" AND "));
    }

    private String values(int rows, boolean withDeltas) {
        String row = "(" + keys.stream().map(k -> "CAST(? AS " + k.sqlType() + ")").collect(Collectors.joining(", "))
                + (withDeltas ? ", CAST(? AS INTEGER)".repeat(counters.size()) : "") + ")";
        return "(VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row)) + ")";
    }

    /** The smallest statement size that holds n rows. */
    private static int padded(int n) {
        for (int size : SIZES) {
            if (n <= size) {
                return size;
            }
        }
        throw new IllegalArgumentException("a chunk holds at most " + CHUNK + " rows");
    }

    /** Binds a key's values, or a keyless padding row (nulls, which match nothing) when key is null. */
    private int bindKey(PreparedStatement s, int first, List<Object> key) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            if (key == null) {
                s.setNull(first + i, keys.get(i).sqlType().equals("DATE") ? Types.DATE : Types.VARCHAR);
            } else {
                s.setObject(first + i, key.get(i));
            }
        }
        return first + keys.size();
    }
}
