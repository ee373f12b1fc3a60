package oxidation.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.Evidence;
import oxidation.events.RawArticle;
import oxidation.events.Release;
import oxidation.events.Tag;
import oxidation.events.TaggedArticle;
import oxidation.store.catalog.CatalogTool;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Database;

/** Test articles and a small catalog. */
public final class Fixtures {

    private Fixtures() {
    }

    /** uv, ruff, polars (Rust tools) and pip, black, pandas (incumbents) in three categories. */
    public static ToolCatalog catalog() {
        return ToolCatalog.of("test-1", List.of(
                new CatalogTool("uv", "uv", "packaging", false),
                new CatalogTool("ruff", "Ruff", "linting", false),
                new CatalogTool("polars", "Polars", "dataframes", false),
                new CatalogTool("pip", "pip", "packaging", true),
                new CatalogTool("black", "Black", "linting", true),
                new CatalogTool("pandas", "pandas", "dataframes", true)));
    }

    /** A post at this URL from this source, published then, tagged with these tools by this catalog version. */
    public static TaggedArticle post(String url, String source, Instant published, String catalog, String... tools) {
        return tagged(raw(url, source, published, ArticleKind.POST, "Post about " + String.join(", ", tools), null),
                catalog, tools);
    }

    /** The release notes of a tool's version. */
    public static TaggedArticle release(String tool, String version, Instant published, String catalog) {
        String url = "https://github.com/example/" + tool + "/releases/tag/" + version;
        return tagged(raw(url, "gh-" + tool, published, ArticleKind.RELEASE, tool + " " + version,
                new Release(tool, version, version.contains("rc"), false)), catalog, tool);
    }

    public static RawArticle raw(String url, String source, Instant published, ArticleKind kind, String title,
            Release release) {
        String canonical = CanonicalUrl.of(url);
        return new RawArticle(RawArticle.SCHEMA, ArticleId.ofCanonical(canonical), url, canonical, source, kind, title,
                "A. Author", published, null, published.plusSeconds(60), "summary of " + title, "text", "en", release);
    }

    public static TaggedArticle tagged(RawArticle raw, String catalog, String... tools) {
        List<Tag> tags = new ArrayList<>();
        for (String tool : tools) {
            tags.add(new Tag(tool, 2, 0.9, List.of(new Evidence("we use " + tool + " daily", 7, 7 + tool.length())),
                    "name"));
        }
        return new TaggedArticle(TaggedArticle.SCHEMA, raw, tags, tools.length > 0, tools.length > 0 ? 0.8 : 0.1,
                catalog, raw.fetched().plusSeconds(1));
    }

    /** Every row the query returns, its columns joined by single spaces. */
    public static List<String> rows(Database db, String sql) throws SQLException {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(String.valueOf(rs.getObject(i)));
                    }
                    rows.add(String.join(" ", row));
                }
            }
            return rows;
        });
    }
}
