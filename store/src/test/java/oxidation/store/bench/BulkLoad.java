package oxidation.store.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import oxidation.store.db.Database;
import oxidation.store.trend.Weeks;

/**
 * Loads a synthetic timeline straight into the store's tables with batched JDBC (articles, tags and the
 * counters the sink keeps), fast enough for a million articles, for the query benchmark.
 */
final class BulkLoad {

    private static final int BATCH = 1000;

    private BulkLoad() {
    }

    /** Tool ids with their share of articles: a popular tool at about 20%, a rare one at about 2%. */
    static final List<String> TOOLS = List.of("uv", "ruff", "polars", "pydantic-core", "orjson", "pyo3", "maturin",
            "rye", "pixi", "tokenizers", "cryptography", "granian", "robyn", "lancedb", "pip", "black", "pandas");
    private static final double[] WEIGHTS = {0.20, 0.12, 0.10, 0.08, 0.05, 0.05, 0.04, 0.03, 0.02, 0.02, 0.02,
        0.01, 0.01, 0.01, 0.10, 0.08, 0.06};

    static String pick(Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return TOOLS.get(i);
            }
        }
        return TOOLS.get(0);
    }

    /** Loads n articles over the days from start, one or two tags each, 200 sources. */
    static void load(Database db, int n, LocalDate start, int days, long seed) throws SQLException {
        Random random = new Random(seed);
        Map<LocalDate, Integer> dayTotals = new HashMap<>();
        Map<String, Integer> toolDays = new HashMap<>();
        Map<String, Integer> toolWeeks = new HashMap<>();
        Map<String, Integer> toolMonths = new HashMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement(RawInserts.ARTICLE);
                    PreparedStatement t = c.prepareStatement(RawInserts.TAG)) {
                for (int i = 0; i < n; i++) {
                    LocalDate day = start.plusDays(random.nextInt(days));
                    Instant published = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400));
                    String id = String.format("%032x", i);
                    String source = "source-" + random.nextInt(200);
                    RawInserts.bindArticle(a, id, "https://example.org/" + i, "Article " + i, source, published);
                    a.addBatch();
                    String first = pick(random);
                    String second = random.nextInt(3) == 0 ? pick(random) : first;
                    for (String tool : first.equals(second) ? List.of(first) : List.of(first, second)) {
                        RawInserts.bindTag(t, id, tool, source, published);
                        t.addBatch();
                        toolDays.merge(tool + "|" + day, 1, Integer::sum);
                        toolWeeks.merge(tool + "|" + Weeks.start(day) + "|" + source, 1, Integer::sum);
                        toolMonths.merge(tool + "|" + day.withDayOfMonth(1) + "|" + source, 1, Integer::sum);
                    }
                    dayTotals.merge(day, 1, Integer::sum);
                    if ((i + 1) % BATCH == 0 || i == n - 1) {
                        a.executeBatch();
                        t.executeBatch();
                        c.commit();
                    }
                }
            }
            counters(c, dayTotals, toolDays);
            sourceCounters(c, "INSERT INTO tool_week_source (tool, pub_week, source, articles) VALUES (?, ?, ?, ?)",
                    toolWeeks);
            sourceCounters(c, "INSERT INTO tool_month_source (tool, pub_month, source, articles) VALUES (?, ?, ?, ?)",
                    toolMonths);
            rollups(c);
            c.commit();
        }
    }

    private static void counters(Connection c, Map<LocalDate, Integer> dayTotals, Map<String, Integer> toolDays)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO day_total (pub_day, articles) VALUES (?, ?)")) {
            for (var e : dayTotals.entrySet()) {
                s.setObject(1, e.getKey());
                s.setInt(2, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tool_day (tool, pub_day, articles) VALUES (?, ?, ?)")) {
            for (var e : toolDays.entrySet()) {
                String[] key = e.getKey().split("\\|");
                s.setString(1, key[0]);
                s.setObject(2, LocalDate.parse(key[1]));
                s.setInt(3, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void sourceCounters(Connection c, String sql, Map<String, Integer> counts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (var e : counts.entrySet()) {
                String[] key = e.getKey().split("\\|");
                s.setString(1, key[0]);
                s.setObject(2, LocalDate.parse(key[1]));
                s.setString(3, key[2]);
                s.setInt(4, e.getValue());
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** The per-bucket rollups from the per-source counters below them, as the schema migration builds them. */
    private static void rollups(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO tool_week (tool, pub_week, articles, sources) SELECT tool, pub_week,"
                    + " SUM(articles), COUNT(*) FROM tool_week_source GROUP BY tool, pub_week");
            s.executeUpdate("INSERT INTO tool_month (tool, pub_month, articles, sources) SELECT tool, pub_month,"
                    + " SUM(articles), COUNT(*) FROM tool_month_source GROUP BY tool, pub_month");
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
