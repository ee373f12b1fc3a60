package oxidation.store.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import oxidation.events.SourceStatus;
import oxidation.store.db.Counters;
import oxidation.store.db.Sql;

/** Keeps the newest status of each source and counts its reports and failures per day. */
final class StatusWriter {

    private static final List<Counters.Column> KEY = List.of(new Counters.Column("source", "VARCHAR(512)"),
            new Counters.Column("pub_day", "DATE"));
    private final Counters days = new Counters("source_day", KEY, List.of("reports", "failures"));

    /**
     * Stores statuses in order; a null status removes its source.
     *
     * @param now the day a status without an attempt time is counted on
     */
    void write(Connection c, List<Map.Entry<String, SourceStatus>> statuses, Instant now) throws SQLException {
        if (statuses.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM source_status WHERE id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO source_status (id, url, healthy,"
                        + " last_attempt, last_success, last_failure, last_error, consecutive_failures,"
                        + " entries_seen) VALUES (" + Sql.placeholders(9) + ")")) {
            for (var entry : statuses) {
                delete.setString(1, entry.getKey());
                delete.executeUpdate();
                SourceStatus status = entry.getValue();
                if (status != null) {
                    bind(insert, status);
                    insert.executeUpdate();
                    count(c, status, now);
                }
            }
        }
    }

    private void count(Connection c, SourceStatus status, Instant now) throws SQLException {
        LocalDate day = Sql.day(status.lastAttempt() != null ? status.lastAttempt() : now);
        days.apply(c, Map.of(List.of(status.sourceId(), day), new int[] {1, status.healthy() ? 0 : 1}));
    }

    private static void bind(PreparedStatement s, SourceStatus status) throws SQLException {
        s.setString(1, status.sourceId());
        s.setString(2, status.url() == null || status.url().length() <= 4096 ? status.url() : null);
        s.setBoolean(3, status.healthy());
        Sql.setInstant(s, 4, status.lastAttempt());
        Sql.setInstant(s, 5, status.lastSuccess());
        Sql.setInstant(s, 6, status.lastFailure());
        s.setString(7, status.lastError() == null || status.lastError().length() <= 4000 ? status.lastError()
                : status.lastError().substring(0, 4000));
        s.setInt(8, status.consecutiveFailures());
        s.setLong(9, status.entriesSeen());
    }
}
