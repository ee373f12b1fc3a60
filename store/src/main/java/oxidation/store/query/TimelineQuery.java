package oxidation.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import oxidation.store.catalog.CatalogTool;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Database;
import oxidation.store.db.Sql;

/** The timeline: one series per tool or category, bucketed, with totals, shares, releases and coverage. */
public final class TimelineQuery {

    /**
     * What to chart.
     *
     * @param from first day, or null for the first day with articles
     * @param to last day, or null for the last day with articles
     * @param share whether a point's value is its share instead of its count
     */
    public record Request(List<String> tools, List<String> categories, Bucket bucket, LocalDate from, LocalDate to,
            boolean share) {
    }

    /** The answer; from and to are null when there are no articles at all. */
    public record Timeline(String bucket, String normalize, LocalDate from, LocalDate to, List<Series> series) {
    }

    /** One line of the chart. */
    public record Series(String key, String kind, String label, List<Point> points) {
    }

    /** One bucket of a line. */
    public record Point(LocalDate start, int count, int sources, int total, double share, double value,
            List<ReleaseRef> releases, boolean coverageGap, int unhealthySources) {
    }

    /** The most buckets one answer holds. */
    public static final long MAX_BUCKETS = 5000;

    private final Database db;
    private final ToolCatalog catalog;

    public TimelineQuery(Database db, ToolCatalog catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    /**
     * Answers a request.
     *
     * @throws IllegalArgumentException when the range holds more than {@link #MAX_BUCKETS} buckets
     */
    public Timeline run(Request request) throws SQLException {
        return db.read(c -> {
            LocalDate[] range = Stats.dayRange(c);
            LocalDate from = request.from() != null ? request.from() : range[0];
            LocalDate to = request.to() != null ? request.to() : range[1];
            String normalize = request.share() ? "share" : "count";
            List<Series> series = new ArrayList<>();
            if (from == null || to == null) {
                keys(request).forEach(k -> series.add(new Series(k.key, k.kind, k.label, List.of())));
                return new Timeline(request.bucket().wireName(), normalize, null, null, series);
            }
            Bucket bucket = request.bucket();
            if (from.isAfter(to)) {
                to = from;
            }
            if (bucket.count(from, to) > MAX_BUCKETS) {
                throw new IllegalArgumentException("more than " + MAX_BUCKETS + " " + bucket.wireName()
                        + " buckets: choose a larger bucket or a shorter range");
            }
            LocalDate start = bucket.start(from);
            LocalDate end = bucket.next(bucket.start(to)).minusDays(1);
            Frame frame = new Frame(bucket, start, end);
            frame.totals(c);
            frame.coverage(c);
            for (Key key : keys(request)) {
                series.add(new Series(key.key, key.kind, key.label, frame.points(c, key.tools, request.share())));
            }
            return new Timeline(bucket.wireName(), normalize, start, end, series);
        });
    }

    private record Key(String key, String kind, String label, List<String> tools) {
    }

    private List<Key> keys(Request request) {
        List<Key> keys = new ArrayList<>();
        List<String> tools = request.tools().isEmpty() && request.categories().isEmpty()
                ? catalog.tools().stream().filter(t -> !t.incumbent()).map(CatalogTool::id).toList()
                : request.tools();
        for (String id : tools) {
            keys.add(new Key(id, "tool", catalog.tool(id).map(CatalogTool::name).orElse(id), List.of(id)));
        }
        for (String category : request.categories()) {
            keys.add(new Key(category, "category", category,
                    catalog.category(category).stream().map(CatalogTool::id).toList()));
        }
        return keys;
    }

    /** The buckets of one answer, with the totals and coverage every series shares. */
    private static final class Frame {

        private final Bucket bucket;
        private final LocalDate start;
        private final LocalDate end;
        private final TreeMap<LocalDate, Integer> totals = new TreeMap<>();
        private final Map<LocalDate, Set<String>> unhealthy = new HashMap<>();

        Frame(Bucket bucket, LocalDate start, LocalDate end) {
            this.bucket = bucket;
            this.start = start;
            this.end = end;
        }

        void totals(Connection c) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT pub_day, articles FROM day_total WHERE pub_day >= ? AND pub_day <= ?")) {
                bindRange(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        totals.merge(bucket.start(Sql.date(rs, 1)), rs.getInt(2), Integer::sum);
                    }
                }
            }
        }

        void coverage(Connection c) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT pub_day, source FROM source_day"
                    + " WHERE failures > 0 AND pub_day >= ? AND pub_day <= ?")) {
                bindRange(s, 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        unhealthy.computeIfAbsent(bucket.start(Sql.date(rs, 1)), d -> new HashSet<>())
                                .add(rs.getString(2));
                    }
                }
            }
        }

        List<Point> points(Connection c, List<String> tools, boolean share) throws SQLException {
            Map<LocalDate, Integer> counts = new HashMap<>();
            Map<LocalDate, Integer> sources = new HashMap<>();
            Map<LocalDate, List<ReleaseRef>> releases = new HashMap<>();
            if (tools.size() == 1 && bucket != Bucket.DAY) {
                countsFromBuckets(c, tools.get(0), counts, sources);
                releases(c, tools, releases);
            } else if (!tools.isEmpty()) {
                countsFromArticles(c, tools, counts, sources);
                releases(c, tools, releases);
            }
            List<Point> points = new ArrayList<>();
            for (LocalDate b = start; !b.isAfter(end); b = bucket.next(b)) {
                int count = counts.getOrDefault(b, 0);
                int total = totals.getOrDefault(b, 0);
                double fraction = total == 0 ? 0.0 : (double) count / total;
                int down = unhealthy.getOrDefault(b, Set.of()).size();
                points.add(new Point(b, count, sources.getOrDefault(b, 0), total, fraction,
                        share ? fraction : count, releases.getOrDefault(b, List.of()), down > 0, down));
            }
            return points;
        }

        /** One tool by week or month: counts and distinct sources from the rollup, one row per bucket. */
        private void countsFromBuckets(Connection c, String tool, Map<LocalDate, Integer> counts,
                Map<LocalDate, Integer> sources) throws SQLException {
            String table = bucket == Bucket.WEEK ? "tool_week" : "tool_month";
            String column = bucket == Bucket.WEEK ? "pub_week" : "pub_month";
            try (PreparedStatement s = c.prepareStatement("SELECT " + column + ", articles, sources FROM " + table
                    + " WHERE tool = ? AND " + column + " >= ? AND " + column + " <= ?")) {
                s.setString(1, tool);
                bindRange(s, 2);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.put(Sql.date(rs, 1), rs.getInt(2));
                        sources.put(Sql.date(rs, 1), rs.getInt(3));
                    }
                }
            }
        }

        /** Days, or several tools counted once per article: from the tags themselves. */
        private void countsFromArticles(Connection c, List<String> tools, Map<LocalDate, Integer> counts,
                Map<LocalDate, Integer> sourceCounts) throws SQLException {
            Map<LocalDate, Set<String>> sources = new HashMap<>();
            String sql = tools.size() == 1
                    ? "SELECT pub_day, source, COUNT(*) FROM article_tag WHERE tool = ?"
                            + " AND pub_day >= ? AND pub_day <= ? GROUP BY pub_day, source"
                    : "SELECT pub_day, source, COUNT(DISTINCT article) FROM article_tag WHERE tool IN ("
                            + Sql.placeholders(tools.size()) + ") AND pub_day >= ? AND pub_day <= ?"
                            + " GROUP BY pub_day, source";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int next = bindTools(s, tools);
                bindRange(s, next);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        LocalDate b = bucket.start(Sql.date(rs, 1));
                        counts.merge(b, rs.getInt(3), Integer::sum);
                        sources.computeIfAbsent(b, d -> new HashSet<>()).add(rs.getString(2));
                    }
                }
            }
            sources.forEach((b, set) -> sourceCounts.put(b, set.size()));
        }

        private void releases(Connection c, List<String> tools, Map<LocalDate, List<ReleaseRef>> releases)
                throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT tool, version, pub_day, article FROM tool_release"
                    + " WHERE tool IN (" + Sql.placeholders(tools.size()) + ") AND pub_day >= ? AND pub_day <= ?"
                    + " ORDER BY pub_day, tool, version")) {
                int next = bindTools(s, tools);
                bindRange(s, next);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ReleaseRef r = new ReleaseRef(rs.getString(1), rs.getString(2), Sql.date(rs, 3),
                                rs.getString(4));
                        releases.computeIfAbsent(bucket.start(r.date()), d -> new ArrayList<>()).add(r);
                    }
                }
            }
        }

        private static int bindTools(PreparedStatement s, List<String> tools) throws SQLException {
            for (int i = 0; i < tools.size(); i++) {
                s.setString(i + 1, tools.get(i));
            }
            return tools.size() + 1;
        }

        private void bindRange(PreparedStatement s, int first) throws SQLException {
            Sql.setDate(s, first, start);
            Sql.setDate(s, first + 1, end);
        }
    }
}
