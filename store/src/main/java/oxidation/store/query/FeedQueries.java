package oxidation.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import oxidation.events.TrendEvent;
import oxidation.store.db.Database;
import oxidation.store.db.Sql;
import oxidation.store.trend.EventStore;

/** The lists beside the chart: releases, trend events, and sources with their health. */
public final class FeedQueries {

    public record ReleaseList(List<Release> releases) {
    }

    public record Release(String tool, String version, LocalDate date, boolean prerelease, String article, String url,
            String title) {
    }

    public record EventList(List<TrendEvent> events) {
    }

    public record SourceList(List<SourceHealth> sources) {
    }

    public record SourceHealth(String id, String url, boolean healthy, Instant lastAttempt, Instant lastSuccess,
            Instant lastFailure, String lastError, int consecutiveFailures, long articles, List<DayHealth> days) {
    }

    public record DayHealth(LocalDate day, boolean healthy, int failures) {
    }

    private static final int HEALTH_DAYS = 30;

    private final Database db;

    public FeedQueries(Database db) {
        this.db = db;
    }

    /**
     * Releases of these tools (every tool when empty) in [from, to] (either may be null), newest first. Undated
     * releases (date null) come last, and only when neither from nor to is given: they belong to no range.
     */
    public ReleaseList releases(List<String> tools, LocalDate from, LocalDate to) throws SQLException {
        String undated = from == null && to == null ? "r.pub_day IS NULL OR " : "";
        String sql = "SELECT r.tool, r.version, r.pub_day, r.prerelease, r.article, a.url, a.title"
                + " FROM tool_release r JOIN article a ON a.id = r.article WHERE (" + undated
                + "r.pub_day >= ? AND r.pub_day <= ?)"
                + (tools.isEmpty() ? "" : " AND r.tool IN (" + Sql.placeholders(tools.size()) + ")")
                + " ORDER BY r.pub_day DESC NULLS LAST, r.tool, r.version DESC";
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                Sql.setDate(s, 1, from == null ? LocalDate.of(1, 1, 1) : from);
                Sql.setDate(s, 2, to == null ? LocalDate.of(9999, 12, 31) : to);
                for (int i = 0; i < tools.size(); i++) {
                    s.setString(i + 3, tools.get(i));
                }
                List<Release> releases = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        releases.add(new Release(rs.getString(1), rs.getString(2), Sql.date(rs, 3), rs.getBoolean(4),
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
                return new ReleaseList(releases);
            }
        });
    }

    /** Trend events about a time at or after since, of one tool or all (tool null), newest first. */
    public EventList events(Instant since, String tool, int limit) throws SQLException {
        String sql = "SELECT * FROM trend_event WHERE at >= ?" + (tool == null ? "" : " AND tool = ?")
                + " ORDER BY at DESC, id DESC LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                Sql.setInstant(s, i++, since);
                if (tool != null) {
                    s.setString(i++, tool);
                }
                s.setInt(i, limit);
                List<TrendEvent> events = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        events.add(EventStore.read(rs));
                    }
                }
                return new EventList(events);
            }
        });
    }

    /** Every source with a status or with articles, by id, with per-day health up to today. */
    public SourceList sources(LocalDate today) throws SQLException {
        return db.read(c -> {
            Map<String, Long> articles = articleCounts(c);
            Map<String, List<DayHealth>> days = health(c, today.minusDays(HEALTH_DAYS - 1L), today);
            TreeMap<String, SourceHealth> sources = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM source_status");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    sources.put(id, new SourceHealth(id, rs.getString("url"), rs.getBoolean("healthy"),
                            Sql.instant(rs, "last_attempt"), Sql.instant(rs, "last_success"),
                            Sql.instant(rs, "last_failure"), rs.getString("last_error"),
                            rs.getInt("consecutive_failures"), articles.getOrDefault(id, 0L),
                            days.getOrDefault(id, List.of())));
                }
            }
            articles.forEach((id, n) -> sources.computeIfAbsent(id, k -> new SourceHealth(id, null, true, null, null,
                    null, null, 0, n, days.getOrDefault(id, List.of()))));
            return new SourceList(List.copyOf(sources.values()));
        });
    }

    private static Map<String, Long> articleCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT source, COUNT(*) FROM article GROUP BY source");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static Map<String, List<DayHealth>> health(Connection c, LocalDate from, LocalDate to)
            throws SQLException {
        Map<String, List<DayHealth>> days = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT source, pub_day, failures FROM source_day"
                + " WHERE pub_day >= ? AND pub_day <= ? ORDER BY source, pub_day")) {
            Sql.setDate(s, 1, from);
            Sql.setDate(s, 2, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int failures = rs.getInt(3);
                    days.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new DayHealth(Sql.date(rs, 2), failures == 0, failures));
                }
            }
        }
        return days;
    }
}
