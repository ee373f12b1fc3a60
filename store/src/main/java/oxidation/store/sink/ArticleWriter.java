package oxidation.store.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import oxidation.events.ArticleKind;
import oxidation.events.JsonCodec;
import oxidation.events.RawArticle;
import oxidation.events.Tag;
import oxidation.events.TaggedArticle;
import oxidation.store.db.Sql;
import oxidation.store.trend.BatchChanges;

/**
 * Writes tagged articles inside the caller's transaction. An article that is already stored is replaced:
 * its old tags, release and counts are removed first, so counts follow the newest version, never double.
 */
final class ArticleWriter {

    private static final int CHUNK = 500;
    private static final String INSERT_ARTICLE = "INSERT INTO article (id, url, title, source, kind, author, published,"
            + " fetched, pub_day, summary, catalog, rust_in_python, relevance, release_tool, release_version,"
            + " release_prerelease, tagged) VALUES (" + Sql.placeholders(17) + ")";
    private static final String INSERT_TAG = "INSERT INTO article_tag (article, tool, pub_day, source, published,"
            + " mentions, confidence, rule, evidence) VALUES (" + Sql.placeholders(9) + ")";
    private static final String INSERT_RELEASE = "INSERT INTO tool_release (article, tool, version, pub_day, prerelease)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String STORED = "SELECT a.id, a.pub_day FROM " + Sql.unnest(List.of("VARCHAR(64)"))
            + " AS k (id) JOIN article a ON a.id = k.id";
    private static final int SUMMARY_LIMIT = 60_000;

    private final TimelineCounters counters = new TimelineCounters();
    private final SinkPhases phases;

    /** A writer that does not time its work. */
    ArticleWriter() {
        this(SinkPhases.NONE);
    }

    /** A writer that adds the time it spends on rows and on counters to these phases. */
    ArticleWriter(SinkPhases phases) {
        this.phases = phases;
    }

    /**
     * Stores the newest version of each article; a null value deletes the article of its key.
     *
     * @param latest article id to its newest version in the batch, or to null for a tombstone
     */
    BatchChanges write(Connection c, Map<String, TaggedArticle> latest) throws SQLException {
        long started = System.nanoTime();
        TimelineCounters.Deltas deltas = new TimelineCounters.Deltas();
        removeStored(c, new ArrayList<>(latest.keySet()), deltas);
        List<TaggedArticle> articles = latest.values().stream().filter(a -> a != null).toList();
        Map<String, Set<LocalDate>> touched = new LinkedHashMap<>();
        List<BatchChanges.NewRelease> releases = new ArrayList<>();
        insert(c, articles, releases);
        for (TaggedArticle a : articles) {
            LocalDate day = Sql.day(publishedOf(a.article()));
            deltas.day(day, 1);
            for (Tag tag : distinctTags(a)) {
                deltas.tag(tag.tool(), day, a.article().sourceId(), 1);
                touched.computeIfAbsent(tag.tool(), t -> new TreeSet<>()).add(day);
            }
        }
        long rowsDone = System.nanoTime();
        counters.apply(c, deltas);
        phases.rows().record(rowsDone - started, TimeUnit.NANOSECONDS);
        phases.counters().record(System.nanoTime() - rowsDone, TimeUnit.NANOSECONDS);
        return new BatchChanges(touched, releases);
    }

    /**
     * Removes the stored versions of these articles with their tags and release, counting them out. Which are
     * stored is one lookup of all ids, bound as one array, so a batch of new articles costs one probe of the key.
     */
    private void removeStored(Connection c, List<String> ids, TimelineCounters.Deltas deltas) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        List<String> stored = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(STORED)) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray(String[]::new)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                    deltas.day(Sql.date(rs, 2), -1);
                }
            }
        }
        for (int from = 0; from < stored.size(); from += CHUNK) {
            remove(c, stored.subList(from, Math.min(stored.size(), from + CHUNK)), deltas);
        }
    }

    private void remove(Connection c, List<String> stored, TimelineCounters.Deltas deltas) throws SQLException {
        String storedIn = Sql.placeholders(stored.size());
        try (PreparedStatement s = c.prepareStatement("SELECT tool, pub_day, source FROM article_tag"
                + " WHERE article IN (" + storedIn + ")")) {
            bind(s, stored);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    deltas.tag(rs.getString(1), Sql.date(rs, 2), rs.getString(3), -1);
                }
            }
        }
        for (String table : List.of("article_tag WHERE article", "tool_release WHERE article", "article WHERE id")) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " IN (" + storedIn + ")")) {
                bind(s, stored);
                s.executeUpdate();
            }
        }
    }

    private void insert(Connection c, List<TaggedArticle> articles, List<BatchChanges.NewRelease> releases)
            throws SQLException {
        try (PreparedStatement article = c.prepareStatement(INSERT_ARTICLE);
                PreparedStatement tag = c.prepareStatement(INSERT_TAG);
                PreparedStatement release = c.prepareStatement(INSERT_RELEASE)) {
            for (TaggedArticle a : articles) {
                BatchChanges.NewRelease r = releaseOf(a);
                bindArticle(article, a, r);
                article.addBatch();
                for (Tag t : distinctTags(a)) {
                    bindTag(tag, a, t);
                    tag.addBatch();
                }
                if (r != null) {
                    releases.add(r);
                    release.setString(1, r.article());
                    release.setString(2, r.tool());
                    release.setString(3, r.version());
                    Sql.setDate(release, 4, r.published() == null ? null : Sql.day(r.published()));
                    release.setBoolean(5, r.prerelease());
                    release.addBatch();
                }
            }
            article.executeBatch();
            tag.executeBatch();
            if (!releases.isEmpty()) {
                release.executeBatch();
            }
        }
    }

    private static void bindArticle(PreparedStatement s, TaggedArticle tagged, BatchChanges.NewRelease r)
            throws SQLException {
        RawArticle a = tagged.article();
        Instant published = publishedOf(a);
        s.setString(1, a.id());
        s.setString(2, a.url());
        s.setString(3, clean(a.title()));
        s.setString(4, a.sourceId());
        s.setString(5, a.kind().wireName());
        s.setString(6, clean(a.author()));
        Sql.setInstant(s, 7, published);
        Sql.setInstant(s, 8, a.fetched());
        Sql.setDate(s, 9, Sql.day(published));
        s.setString(10, clean(truncate(a.summary())));
        s.setString(11, tagged.catalog());
        s.setBoolean(12, tagged.rustInPython());
        s.setDouble(13, tagged.relevance());
        s.setString(14, r == null ? null : r.tool());
        s.setString(15, a.release() == null ? null : a.release().version());
        s.setObject(16, a.release() == null ? null : a.release().prerelease());
        Sql.setInstant(s, 17, tagged.tagged());
    }

    private static void bindTag(PreparedStatement s, TaggedArticle tagged, Tag tag) throws SQLException {
        Instant published = publishedOf(tagged.article());
        s.setString(1, tagged.id());
        s.setString(2, tag.tool());
        Sql.setDate(s, 3, Sql.day(published));
        s.setString(4, tagged.article().sourceId());
        Sql.setInstant(s, 5, published);
        s.setInt(6, tag.mentions());
        s.setDouble(7, tag.confidence());
        s.setString(8, tag.rule());
        s.setString(9, JsonCodec.encodeToString(tag.evidence()));
    }

    /**
     * The release a release article announces, with its tool: the release's own, else the most mentioned tag. Its
     * time is the article's publication, null when the source gave none (the release then lands in no bucket).
     */
    static BatchChanges.NewRelease releaseOf(TaggedArticle tagged) {
        RawArticle a = tagged.article();
        if (a.kind() != ArticleKind.RELEASE || a.release() == null || a.release().yanked()) {
            return null;
        }
        String tool = a.release().tool();
        if (tool == null || tool.isBlank()) {
            tool = distinctTags(tagged).stream().max(Comparator.comparingInt(Tag::mentions)).map(Tag::tool)
                    .orElse(null);
        }
        return tool == null ? null : new BatchChanges.NewRelease(a.id(), tool, a.release().version(),
                a.release().prerelease(), a.published());
    }

    /** The tags of an article, one per tool (the first wins when a producer repeats a tool). */
    static List<Tag> distinctTags(TaggedArticle tagged) {
        Map<String, Tag> byTool = new LinkedHashMap<>();
        tagged.tags().forEach(t -> byTool.putIfAbsent(t.tool(), t));
        return List.copyOf(byTool.values());
    }

    /** When an article counts: its publication time, else when it was fetched. */
    static Instant publishedOf(RawArticle a) {
        return a.published() != null ? a.published() : a.fetched();
    }

    /** Text without NUL characters, which PostgreSQL cannot store in text columns. */
    static String clean(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    private static String truncate(String text) {
        return text == null || text.length() <= SUMMARY_LIMIT ? text : text.substring(0, SUMMARY_LIMIT);
    }

    private static void bind(PreparedStatement s, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
        }
    }
}
