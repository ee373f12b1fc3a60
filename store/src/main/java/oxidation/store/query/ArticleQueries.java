package oxidation.store.query;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import oxidation.events.Evidence;
import oxidation.events.JsonCodec;
import oxidation.store.db.Database;
import oxidation.store.db.Sql;

/** The drill-down: a tool's articles page by page, and one article with its tags and evidence. */
public final class ArticleQueries {

    public record ArticlePage(String tool, List<ArticleSummary> articles, String next) {
    }

    public record ArticleSummary(String id, String url, String title, String source, String kind, Instant published,
            LocalDate day, int mentions, double confidence) {
    }

    public record Article(String id, String url, String title, String source, String kind, String author,
            Instant published, Instant fetched, LocalDate day, String summary, String catalog, boolean rustInPython,
            double relevance, ReleaseInfo release, List<ArticleTag> tags) {
    }

    public record ReleaseInfo(String tool, String version, boolean prerelease) {
    }

    public record ArticleTag(String tool, int mentions, double confidence, String rule, List<Evidence> evidence) {
    }

    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() { };

    private final Database db;

    public ArticleQueries(Database db) {
        this.db = db;
    }

    /**
     * One page of a tool's articles, newest first.
     *
     * @param from first day or null; to last day or null; after the cursor of the previous page or null
     */
    public ArticlePage page(String tool, LocalDate from, LocalDate to, int limit, Cursor after) throws SQLException {
        Instant start = from == null ? Instant.EPOCH.minusSeconds(62_135_596_800L)
                : from.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z")
                : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        String sql = "SELECT t.article, t.published, t.mentions, t.confidence, a.url, a.title, a.source, a.kind,"
                + " a.pub_day FROM article_tag t JOIN article a ON a.id = t.article"
                + " WHERE t.tool = ? AND t.published >= ? AND t.published < ?"
                + (after == null ? "" : " AND (t.published < ? OR (t.published = ? AND t.article < ?))")
                + " ORDER BY t.published DESC, t.article DESC LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, tool);
                Sql.setInstant(s, 2, start);
                Sql.setInstant(s, 3, end);
                int next = 4;
                if (after != null) {
                    Sql.setInstant(s, next++, after.published());
                    Sql.setInstant(s, next++, after.published());
                    s.setString(next++, after.article());
                }
                s.setInt(next, limit + 1);
                List<ArticleSummary> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ArticleSummary(rs.getString("article"), rs.getString("url"),
                                rs.getString("title"), rs.getString("source"), rs.getString("kind"),
                                Sql.instant(rs, "published"), Sql.date(rs, "pub_day"), rs.getInt("mentions"),
                                rs.getDouble("confidence")));
                    }
                }
                if (rows.size() <= limit) {
                    return new ArticlePage(tool, rows, null);
                }
                List<ArticleSummary> page = rows.subList(0, limit);
                ArticleSummary last = page.get(limit - 1);
                return new ArticlePage(tool, List.copyOf(page), new Cursor(last.published(), last.id()).encode());
            }
        });
    }

    public Optional<Article> article(String id) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM article WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String version = rs.getString("release_version");
                    ReleaseInfo release = version == null ? null : new ReleaseInfo(rs.getString("release_tool"),
                            version, rs.getBoolean("release_prerelease"));
                    return Optional.of(new Article(id, rs.getString("url"), rs.getString("title"),
                            rs.getString("source"), rs.getString("kind"), rs.getString("author"),
                            Sql.instant(rs, "published"), Sql.instant(rs, "fetched"), Sql.date(rs, "pub_day"),
                            rs.getString("summary"), rs.getString("catalog"), rs.getBoolean("rust_in_python"),
                            rs.getDouble("relevance"), release, tags(c, id)));
                }
            }
        });
    }

    private static List<ArticleTag> tags(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT tool, mentions, confidence, rule, evidence"
                + " FROM article_tag WHERE article = ? ORDER BY mentions DESC, tool")) {
            s.setString(1, id);
            List<ArticleTag> tags = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tags.add(new ArticleTag(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getString(4),
                            evidence(rs.getString(5))));
                }
            }
            return tags;
        }
    }

    private static List<Evidence> evidence(String json) throws SQLException {
        try {
            return JsonCodec.mapper().readValue(json, EVIDENCE);
        } catch (IOException e) {
            throw new SQLException("stored evidence is not valid JSON", e);
        }
    }
}
