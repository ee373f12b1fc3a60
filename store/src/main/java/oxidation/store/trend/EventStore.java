package oxidation.store.trend;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import oxidation.events.JsonCodec;
import oxidation.events.TrendEvent;
import oxidation.events.TrendEventType;
import oxidation.store.db.Sql;

/** The trend_event table: events are kept once per id and marked when they have been published. */
public final class EventStore {

    private static final String COLUMNS = "id, tool, type, at, summary, explanation, articles, emitted";

    /** Stores an event unless one with its id exists; true when it was new. */
    boolean insertIfAbsent(Connection c, TrendEvent event) throws SQLException {
        if (!existing(c, List.of(event.id())).isEmpty()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trend_event (" + COLUMNS + ", published)"
                + " VALUES (" + Sql.placeholders(9) + ")")) {
            s.setString(1, event.id());
            s.setString(2, event.tool());
            s.setString(3, event.type().wireName());
            Sql.setInstant(s, 4, event.at());
            s.setString(5, event.summary());
            s.setString(6, JsonCodec.encodeToString(event.explanation()));
            s.setString(7, JsonCodec.encodeToString(event.articles()));
            Sql.setInstant(s, 8, event.emitted());
            s.setBoolean(9, false);
            s.executeUpdate();
            return true;
        }
    }

    /** The ids of these that are stored. */
    Set<String> existing(Connection c, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM trend_event WHERE id IN ("
                + Sql.placeholders(ids.size()) + ")")) {
            int i = 1;
            for (String id : ids) {
                s.setString(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** The times of a tool's events of one type (all tools when tool is null), oldest first. */
    List<Instant> times(Connection c, String tool, TrendEventType type, Instant from, Instant to)
            throws SQLException {
        String sql = "SELECT at FROM trend_event WHERE type = ? AND at >= ? AND at <= ?"
                + (tool == null ? "" : " AND tool = ?") + " ORDER BY at";
        List<Instant> times = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, type.wireName());
            Sql.setInstant(s, 2, from);
            Sql.setInstant(s, 3, to);
            if (tool != null) {
                s.setString(4, tool);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    times.add(Sql.instant(rs, "at"));
                }
            }
        }
        return times;
    }

    /** The times of every tool's events of one type in [from, to], by tool, oldest first. */
    Map<String, List<Instant>> timesByTool(Connection c, TrendEventType type, Instant from, Instant to)
            throws SQLException {
        Map<String, List<Instant>> times = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tool, at FROM trend_event WHERE type = ? AND at >= ?"
                + " AND at <= ? ORDER BY at")) {
            s.setString(1, type.wireName());
            Sql.setInstant(s, 2, from);
            Sql.setInstant(s, 3, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    times.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(Sql.instant(rs, "at"));
                }
            }
        }
        return times;
    }

    /** Events not yet published, oldest first. */
    List<TrendEvent> pending(Connection c, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM trend_event"
                + " WHERE published = FALSE ORDER BY emitted, id LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                List<TrendEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(read(rs));
                }
                return events;
            }
        }
    }

    void markPublished(Connection c, Collection<String> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE trend_event SET published = TRUE WHERE id = ?")) {
            for (String id : ids) {
                s.setString(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** An event from a row of the trend_event table with at least the event columns. */
    public static TrendEvent read(ResultSet rs) throws SQLException {
        Map<String, Double> explanation = decode(rs.getString("explanation"), new TypeReference<>() { });
        List<String> articles = decode(rs.getString("articles"), new TypeReference<>() { });
        return new TrendEvent(TrendEvent.SCHEMA, rs.getString("id"), rs.getString("tool"),
                TrendEventType.fromWireName(rs.getString("type")), Sql.instant(rs, "at"), rs.getString("summary"),
                explanation, articles, Sql.instant(rs, "emitted"));
    }

    private static <T> T decode(String json, TypeReference<T> type) throws SQLException {
        try {
            return JsonCodec.mapper().readValue(json, type);
        } catch (java.io.IOException e) {
            throw new SQLException("a stored trend event is not valid JSON", e);
        }
    }
}
