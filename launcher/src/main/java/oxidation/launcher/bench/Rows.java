package oxidation.launcher.bench;

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
import javax.sql.DataSource;
import oxidation.events.JsonCodec;
import oxidation.events.RawArticle;
import oxidation.events.Tag;
import oxidation.events.TaggedArticle;

/**
 * The store's rows written with plain batched JDBC: the ceiling of the sink (the same article and tag rows,
 * nothing else), and the bulk load of a large timeline for the query latencies (with the counters the sink
 * keeps, so the queries see what they would see).
 */
final class Rows {

    private static final String ARTICLE = "INSERT INTO article (id, url, title, source, kind, author, published,"
            + " fetched, pub_day, summary, catalog, rust_in_python, relevance, release_tool, release_version,"
            + " release_prerelease, tagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?)";
    private static final String TAG = "INSERT INTO article_tag (article, tool, pub_day, source, published,"
            + " mentions, confidence, rule, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private Rows() {
    }

    /** Inserts the articles and their tags in batches, one commit per batch; returns articles per second. */
    static double insert(DataSource db, List<TaggedArticle> articles, int batch) throws SQLException {
        long start = System.nanoTime();
        write(db, articles, batch, null);
        return articles.size() / Stats.seconds(start);
    }

    /**
     * Loads {@code count} generated articles with their tags, 10,000 at a time, and the counters the sink keeps
     * (per day, per tool and day, per tool, bucket and source, and the per-bucket rollups above those).
     */
    static void load(DataSource db, Articles generator, int count) throws SQLException {
        Counts counts = new Counts();
        for (int first = 0; first < count; first += 10_000) {
            List<TaggedArticle> chunk = new java.util.ArrayList<>();
            for (int i = first; i < Math.min(count, first + 10_000); i++) {
                chunk.add(generator.tagged(generator.raw(i, 100)));
            }
            write(db, chunk, 1000, counts);
        }
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            insert(c, "INSERT INTO day_total (pub_day, articles) VALUES (?, ?)", counts.days);
            insert(c, "INSERT INTO tool_day (tool, pub_day, articles) VALUES (?, ?, ?)", counts.toolDays);
            insert(c, "INSERT INTO tool_week_source (tool, pub_week, source, articles) VALUES (?, ?, ?, ?)",
                    counts.weeks);
            insert(c, "INSERT INTO tool_month_source (tool, pub_month, source, articles) VALUES (?, ?, ?, ?)",
                    counts.months);
            try (var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO tool_week (tool, pub_week, articles, sources) SELECT tool, pub_week,"
                        + " SUM(articles), COUNT(*) FROM tool_week_source GROUP BY tool, pub_week");
                s.executeUpdate("INSERT INTO tool_month (tool, pub_month, articles, sources) SELECT tool, pub_month,"
                        + " SUM(articles), COUNT(*) FROM tool_month_source GROUP BY tool, pub_month");
            }
            c.commit();
        }
    }

    /** The counters of a bulk load, keyed by their key columns' values. */
    private static final class Counts {

        final Map<List<Object>, Integer> days = new HashMap<>();
        final Map<List<Object>, Integer> toolDays = new HashMap<>();
        final Map<List<Object>, Integer> weeks = new HashMap<>();
        final Map<List<Object>, Integer> months = new HashMap<>();

        void add(String tool, LocalDate day, String source) {
            toolDays.merge(List.of(tool, day), 1, Integer::sum);
            weeks.merge(List.of(tool, day.with(java.time.DayOfWeek.MONDAY), source), 1, Integer::sum);
            months.merge(List.of(tool, day.withDayOfMonth(1), source), 1, Integer::sum);
        }
    }

    private static void insert(Connection c, String sql, Map<List<Object>, Integer> counts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int rows = 0;
            for (var e : counts.entrySet()) {
                int i = 1;
                for (Object key : e.getKey()) {
                    s.setObject(i++, key);
                }
                s.setInt(i, e.getValue());
                s.addBatch();
                if (++rows % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void write(DataSource db, List<TaggedArticle> articles, int batch, Counts counts)
            throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement(ARTICLE); PreparedStatement t = c.prepareStatement(TAG)) {
                for (int i = 0; i < articles.size(); i++) {
                    TaggedArticle tagged = articles.get(i);
                    RawArticle raw = tagged.article();
                    LocalDate day = LocalDate.ofInstant(raw.published(), ZoneOffset.UTC);
                    bindArticle(a, tagged, day);
                    a.addBatch();
                    for (Tag tag : tagged.tags()) {
                        t.setString(1, tagged.id());
                        t.setString(2, tag.tool());
                        t.setObject(3, day);
                        t.setString(4, raw.sourceId());
                        t.setObject(5, utc(raw.published()));
                        t.setInt(6, tag.mentions());
                        t.setDouble(7, tag.confidence());
                        t.setString(8, tag.rule());
                        t.setString(9, JsonCodec.encodeToString(tag.evidence()));
                        t.addBatch();
                        if (counts != null) {
                            counts.add(tag.tool(), day, raw.sourceId());
                        }
                    }
                    if (counts != null) {
                        counts.days.merge(List.of(day), 1, Integer::sum);
                    }
                    if ((i + 1) % batch == 0 || i == articles.size() - 1) {
                        a.executeBatch();
                        t.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    private static void bindArticle(PreparedStatement s, TaggedArticle tagged, LocalDate day) throws SQLException {
        RawArticle a = tagged.article();
        s.setString(1, a.id());
        s.setString(2, a.url());
        s.setString(3, a.title());
        s.setString(4, a.sourceId());
        s.setString(5, a.kind().wireName());
        s.setString(6, a.author());
        s.setObject(7, utc(a.published()));
        s.setObject(8, utc(a.fetched()));
        s.setObject(9, day);
        s.setString(10, a.summary());
        s.setString(11, tagged.catalog());
        s.setBoolean(12, tagged.rustInPython());
        s.setDouble(13, tagged.relevance());
        s.setObject(14, utc(tagged.tagged()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
