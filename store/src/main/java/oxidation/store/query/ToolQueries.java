package oxidation.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import oxidation.store.catalog.CatalogTool;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Database;
import oxidation.store.db.Sql;

/** Questions about tools: the catalog with totals, the leaderboard and co-mentions. */
public final class ToolQueries {

    /** The catalog's tools with their totals. */
    public record ToolList(String catalog, List<ToolSummary> tools) {
    }

    public record ToolSummary(String id, String name, String category, boolean incumbent, long articles,
            LocalDate firstSeen, LocalDate lastSeen, ReleaseRef latestRelease) {
    }

    public record Leaderboard(String window, LocalDate from, LocalDate to, LocalDate previousFrom,
            LocalDate previousTo, List<LeaderboardEntry> entries) {
    }

    /** A tool's place in the window; momentum is null when the previous window had none. */
    public record LeaderboardEntry(int rank, String tool, String name, String category, boolean incumbent,
            long count, long previous, Double momentum, LocalDate firstSeen) {
    }

    public record Comentions(String tool, long articles, List<Comention> comentions) {
    }

    public record Comention(String tool, String name, String category, boolean incumbent, long count) {
    }

    private record Totals(long articles, LocalDate first, LocalDate last) {
    }

    private final Database db;
    private final ToolCatalog catalog;

    public ToolQueries(Database db, ToolCatalog catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    public ToolList tools() throws SQLException {
        return db.read(c -> {
            Map<String, Totals> totals = totals(c);
            Map<String, ReleaseRef> latest = latestReleases(c);
            List<ToolSummary> tools = new ArrayList<>();
            for (CatalogTool t : catalog.tools()) {
                Totals n = totals.getOrDefault(t.id(), new Totals(0, null, null));
                tools.add(new ToolSummary(t.id(), t.name(), t.category(), t.incumbent(), n.articles(), n.first(),
                        n.last(), latest.get(t.id())));
            }
            return new ToolList(catalog.version(), tools);
        });
    }

    /** Tools ranked by articles in the days [to - days + 1, to], against the window before it. */
    public Leaderboard leaderboard(String window, int days, LocalDate to) throws SQLException {
        LocalDate from = to.minusDays(days - 1L);
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(days - 1L);
        return db.read(c -> {
            Map<String, Long> now = windowCounts(c, from, to);
            Map<String, Long> before = windowCounts(c, previousFrom, previousTo);
            Map<String, Totals> totals = totals(c);
            List<CatalogTool> ranked = catalog.tools().stream()
                    .filter(t -> now.containsKey(t.id()) || before.containsKey(t.id()))
                    .sorted(Comparator.comparingLong((CatalogTool t) -> -now.getOrDefault(t.id(), 0L))
                            .thenComparingLong(t -> -before.getOrDefault(t.id(), 0L)).thenComparing(CatalogTool::id))
                    .toList();
            List<LeaderboardEntry> entries = new ArrayList<>();
            for (CatalogTool t : ranked) {
                long count = now.getOrDefault(t.id(), 0L);
                long previous = before.getOrDefault(t.id(), 0L);
                Double momentum = previous == 0 ? null : (double) (count - previous) / previous;
                Totals n = totals.get(t.id());
                entries.add(new LeaderboardEntry(entries.size() + 1, t.id(), t.name(), t.category(), t.incumbent(),
                        count, previous, momentum, n == null ? null : n.first()));
            }
            return new Leaderboard(window, from, to, previousFrom, previousTo, entries);
        });
    }

    /** The tools mentioned in the articles that mention this one, in [from, to] (either may be null). */
    public Comentions comentions(String tool, LocalDate from, LocalDate to) throws SQLException {
        LocalDate first = from != null ? from : LocalDate.of(1, 1, 1);
        LocalDate last = to != null ? to : LocalDate.of(9999, 12, 31);
        return db.read(c -> {
            long articles;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM article_tag WHERE tool = ?"
                    + " AND pub_day >= ? AND pub_day <= ?")) {
                s.setString(1, tool);
                Sql.setDate(s, 2, first);
                Sql.setDate(s, 3, last);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    articles = rs.getLong(1);
                }
            }
            List<Comention> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT b.tool, COUNT(*) FROM article_tag a"
                    + " JOIN article_tag b ON b.article = a.article AND b.tool <> a.tool"
                    + " WHERE a.tool = ? AND a.pub_day >= ? AND a.pub_day <= ? GROUP BY b.tool"
                    + " ORDER BY COUNT(*) DESC, b.tool")) {
                s.setString(1, tool);
                Sql.setDate(s, 2, first);
                Sql.setDate(s, 3, last);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        CatalogTool other = catalog.tool(id).orElse(new CatalogTool(id, id, null, false));
                        found.add(new Comention(id, other.name(), other.category(), other.incumbent(), rs.getLong(2)));
                    }
                }
            }
            return new Comentions(tool, articles, found);
        });
    }

    /**
     * Each tool's total, first and last day: the total and the first and last month from the monthly rollup, the
     * days from the day counters of those two months only.
     */
    private static Map<String, Totals> totals(Connection c) throws SQLException {
        Map<String, Totals> months = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT tool, SUM(articles), MIN(pub_month), MAX(pub_month) FROM tool_month GROUP BY tool");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                months.put(rs.getString(1), new Totals(rs.getLong(2), Sql.date(rs, 3), Sql.date(rs, 4)));
            }
        }
        Map<String, Totals> totals = new HashMap<>();
        try (PreparedStatement first = c.prepareStatement("SELECT MIN(pub_day) FROM tool_day WHERE tool = ?"
                + " AND pub_day >= ? AND pub_day < ?");
                PreparedStatement last = c.prepareStatement("SELECT MAX(pub_day) FROM tool_day WHERE tool = ?"
                        + " AND pub_day >= ? AND pub_day < ?")) {
            for (var entry : months.entrySet()) {
                Totals m = entry.getValue();
                totals.put(entry.getKey(), new Totals(m.articles(), dayIn(first, entry.getKey(), m.first()),
                        dayIn(last, entry.getKey(), m.last())));
            }
        }
        return totals;
    }

    /** The one day a MIN or MAX over a tool's days of one month answers. */
    private static LocalDate dayIn(PreparedStatement s, String tool, LocalDate month) throws SQLException {
        s.setString(1, tool);
        Sql.setDate(s, 2, month);
        Sql.setDate(s, 3, month.plusMonths(1));
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Sql.date(rs, 1) : null;
        }
    }

    private static Map<String, ReleaseRef> latestReleases(Connection c) throws SQLException {
        Map<String, ReleaseRef> latest = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tool, version, pub_day, article FROM tool_release"
                + " WHERE prerelease = FALSE AND pub_day IS NOT NULL ORDER BY pub_day DESC, version DESC");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                latest.putIfAbsent(rs.getString(1),
                        new ReleaseRef(rs.getString(1), rs.getString(2), Sql.date(rs, 3), rs.getString(4)));
            }
        }
        return latest;
    }

    private static Map<String, Long> windowCounts(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tool, SUM(articles) FROM tool_day"
                + " WHERE pub_day >= ? AND pub_day <= ? GROUP BY tool")) {
            Sql.setDate(s, 1, from);
            Sql.setDate(s, 2, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }
}
