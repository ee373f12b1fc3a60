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
import oxidation.store.trend.Weeks;

/**
 * The store's rows written with plain batched JDBC: the ceiling of the sink (the article, tag and counter
 * rows it writes), and the bulk load of a large timeline for the query latencies (with the counters the sink
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

    /**
     * What plain batched JDBC took to write the rows the sink writes for these articles: their article and tag
     * rows, {@code batch} articles to a commit, then the final rows of the counters the sink keeps, each
     * inserted once. The counters are summed before the clock starts.
     */
    record Timing(int articles, double rowSeconds, double counterSeconds) {

        /** Articles per second for all the rows: the sink's ceiling. */
        double articlesPerSecond() {
            return articles / (rowSeconds + counterSeconds);
        }

        /** Articles per second for the article and tag rows alone. */
        double withoutCountersPerSecond() {
            return articles / rowSeconds;
        }
    }

    /** Inserts the articles, their tags and the counters' rows, timed; see {@link Timing}. */
    static Timing insert(DataSource db, List<TaggedArticle> articles, int batch) throws SQLException {
        Counts counts = new Counts();
        for (TaggedArticle tagged : articles) {
            counts.add(tagged);
        }
        Rollups rollups = new Rollups(counts);
        long start = System.nanoTime();
        write(db, articles, batch);
        long rowsDone = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            insertCounters(c, counts, rollups);
            c.commit();
        }
        return new Timing(articles.size(), (rowsDone - start) / 1e9, (System.nanoTime() - rowsDone) / 1e9);
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
            chunk.forEach(counts::add);
            write(db, chunk, 1000);
        }
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            insertCounters(c, counts, new Rollups(counts));
            c.commit();
        }
    }

    private static void insertCounters(Connection c, Counts counts, Rollups rollups) throws SQLException {
        insert(c, "INSERT INTO day_total (pub_day, articles) VALUES (?, ?)", counts.days);
        insert(c, "INSERT INTO tool_day (tool, pub_day, articles) VALUES (?, ?, ?)", counts.toolDays);
        insert(c, "INSERT INTO tool_week_source (tool, pub_week, source, articles) VALUES (?, ?, ?, ?)", counts.weeks);
        insert(c, "INSERT INTO tool_month_source (tool, pub_month, source, articles) VALUES (?, ?, ?, ?)",
                counts.months);
        insert(c, "INSERT INTO tool_week (tool, pub_week, articles, sources) VALUES (?, ?, ?, ?)", rollups.weeks);
        insert(c, "INSERT INTO tool_month (tool, pub_month, articles, sources) VALUES (?, ?, ?, ?)", rollups.months);
    }

    /** The counters the sink keeps, keyed by their key columns' values. */
    private static final class Counts {

        final Map<List<Object>, int[]> days = new HashMap<>();
        final Map<List<Object>, int[]> toolDays = new HashMap<>();
        final Map<List<Object>, int[]> weeks = new HashMap<>();
        final Map<List<Object>, int[]> months = new HashMap<>();

        void add(TaggedArticle tagged) {
            RawArticle raw = tagged.article();
            LocalDate day = LocalDate.ofInstant(raw.published(), ZoneOffset.UTC);
            count(days, List.of(day));
            for (Tag tag : tagged.tags()) {
                count(toolDays, List.of(tag.tool(), day));
                count(weeks, List.of(tag.tool(), Weeks.start(day), raw.sourceId()));
                count(months, List.of(tag.tool(), day.withDayOfMonth(1), raw.sourceId()));
            }
        }

        private static void count(Map<List<Object>, int[]> counts, List<Object> key) {
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
    }

    /** Articles and distinct sources per tool and bucket: the per-source counters summed over their sources. */
    private static final class Rollups {

        final Map<List<Object>, int[]> weeks;
        final Map<List<Object>, int[]> months;

        Rollups(Counts counts) {
            weeks = rollUp(counts.weeks);
            months = rollUp(counts.months);
        }

        private static Map<List<Object>, int[]> rollUp(Map<List<Object>, int[]> perSource) {
            Map<List<Object>, int[]> buckets = new HashMap<>();
            perSource.forEach((key, articles) -> {
                int[] bucket = buckets.computeIfAbsent(key.subList(0, 2), k -> new int[2]);
                bucket[0] += articles[0];
                bucket[1]++;
            });
            return buckets;
        }
    }

    private static void insert(Connection c, String sql, Map<List<Object>, int[]> counts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int rows = 0;
            for (var e : counts.entrySet()) {
                int i = 1;
                for (Object key : e.getKey()) {
                    s.setObject(i++, key);
                }
                for (int value : e.getValue()) {
                    s.setInt(i++, value);
                }
                s.addBatch();
                if (++rows % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void write(DataSource db, List<TaggedArticle> articles, int batch) throws SQLException {
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
