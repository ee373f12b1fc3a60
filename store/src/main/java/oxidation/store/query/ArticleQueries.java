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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        String sql = "SELECT article, published, mentions, confidence FROM article_tag WHERE tool = ?"
                + (from == null ? "" : " AND published >= ?") + (to == null ? "" : " AND published < ?")
                + (after == null ? "" : " AND published <= ? AND (published < ? OR (published = ? AND article < ?))")
                // ordering by the equal tool too lets H2 see that the index already has this order
                + " ORDER BY tool, published DESC, article DESC LIMIT ?";
        return db.read(c -> {
            List<TagRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int next = 1;
                s.setString(next++, tool);
                if (from != null) {
                    Sql.setInstant(s, next++, from.atStartOfDay().toInstant(ZoneOffset.UTC));
                }
                if (to != null) {
                    Sql.setInstant(s, next++, to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
                }
                if (after != null) {
                    Sql.setInstant(s, next++, after.published());
                    Sql.setInstant(s, next++, after.published());
                    Sql.setInstant(s, next++, after.published());
                    s.setString(next++, after.article());
                }
                s.setInt(next, limit + 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new TagRow(rs.getString(1), Sql.instant(rs, "published"), rs.getInt(3),
                                rs.getDouble(4)));
                    }
                }
            }
            List<TagRow> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            List<ArticleSummary> articles = summaries(c, page);
            if (rows.size() <= limit) {
                return new ArticlePage(tool, articles, null);
            }
            TagRow last = page.get(limit - 1);
            return new ArticlePage(tool, articles, new Cursor(last.published(), last.article()).encode());
        });
    }

    private record TagRow(String article, Instant published, int mentions, double confidence) {
    }

    /** The page's articles in the page's order; the tag index gives the order, the article table the rest. */
    private static List<ArticleSummary> summaries(Connection c, List<TagRow> page) throws SQLException {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleSummary> byId = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, url, title, source, kind, published, pub_day"
                + " FROM article WHERE id IN (" + Sql.placeholders(page.size()) + ")")) {
            for (int i = 0; i < page.size(); i++) {
                s.setString(i + 1, page.get(i).article());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getString("id"), new ArticleSummary(rs.getString("id"), rs.getString("url"),
                            rs.getString("title"), rs.getString("source"), rs.getString("kind"),
                            Sql.instant(rs, "published"), Sql.date(rs, "pub_day"), 0, 0));
                }
            }
        }
        List<ArticleSummary> articles = new ArrayList<>();
        for (TagRow row : page) {
            ArticleSummary a = byId.get(row.article());
            if (a == null) {
                continue;
            }
            articles.add(new ArticleSummary(a.id(), a.url(), a.title(), a.source(), a.kind(), a.published(), a.day(),
                    row.mentions(), row.confidence()));
        }
        return articles;
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
