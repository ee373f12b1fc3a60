package oxidation.store.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import oxidation.events.JsonCodec;
import oxidation.events.Tag;
import oxidation.events.TaggedArticle;
import oxidation.store.db.Database;

/** The baseline of the sink benchmark: the same article and tag rows, inserted with plain batched JDBC. */
final class RawInserts {

    static final String ARTICLE = "INSERT INTO article (id, url, title, source, kind, author, published, fetched,"
            + " pub_day, summary, catalog, rust_in_python, relevance, tagged) VALUES (?, ?, ?, ?, 'post', NULL, ?, ?,"
            + " ?, NULL, 'bench', TRUE, 0.5, ?)";
    static final String TAG = "INSERT INTO article_tag (article, tool, pub_day, source, published, mentions,"
            + " confidence, rule, evidence) VALUES (?, ?, ?, ?, ?, 1, 0.9, 'name', '[]')";
    private static final String FULL_ARTICLE = "INSERT INTO article (id, url, title, source, kind, author, published,"
            + " fetched, pub_day, summary, catalog, rust_in_python, relevance, release_tool, release_version,"
            + " release_prerelease, tagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?)";
    private static final String FULL_TAG = "INSERT INTO article_tag (article, tool, pub_day, source, published,"
            + " mentions, confidence, rule, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RawInserts() {
    }

    static void bindArticle(PreparedStatement s, String id, String url, String title, String source,
            Instant published) throws SQLException {
        s.setString(1, id);
        s.setString(2, url);
        s.setString(3, title);
        s.setString(4, source);
        s.setObject(5, BulkLoad.utc(published));
        s.setObject(6, BulkLoad.utc(published));
        s.setObject(7, LocalDate.ofInstant(published, ZoneOffset.UTC));
        s.setObject(8, BulkLoad.utc(published));
    }

    static void bindTag(PreparedStatement s, String id, String tool, String source, Instant published)
            throws SQLException {
        s.setString(1, id);
        s.setString(2, tool);
        s.setObject(3, LocalDate.ofInstant(published, ZoneOffset.UTC));
        s.setString(4, source);
        s.setObject(5, BulkLoad.utc(published));
    }

    private static void bindFullArticle(PreparedStatement s, TaggedArticle tagged) throws SQLException {
        var a = tagged.article();
        s.setString(1, a.id());
        s.setString(2, a.url());
        s.setString(3, a.title());
        s.setString(4, a.sourceId());
        s.setString(5, a.kind().wireName());
        s.setString(6, a.author());
        s.setObject(7, BulkLoad.utc(a.published()));
        s.setObject(8, BulkLoad.utc(a.fetched()));
        s.setObject(9, LocalDate.ofInstant(a.published(), ZoneOffset.UTC));
        s.setString(10, a.summary());
        s.setString(11, tagged.catalog());
        s.setBoolean(12, tagged.rustInPython());
        s.setDouble(13, tagged.relevance());
        s.setObject(14, BulkLoad.utc(tagged.tagged()));
    }

    /** Inserts the articles and their tags in batches of batch, a commit each; returns articles per second. */
    static double insert(Database db, List<TaggedArticle> articles, int batch) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement(FULL_ARTICLE);
                    PreparedStatement t = c.prepareStatement(FULL_TAG)) {
                for (int i = 0; i < articles.size(); i++) {
                    TaggedArticle tagged = articles.get(i);
                    Instant published = tagged.article().published();
                    bindFullArticle(a, tagged);
                    a.addBatch();
                    for (Tag tag : tagged.tags()) {
                        bindTag(t, tagged.id(), tag.tool(), tagged.article().sourceId(), published);
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
        return articles.size() / ((System.nanoTime() - start) / 1e9);
    }
}
