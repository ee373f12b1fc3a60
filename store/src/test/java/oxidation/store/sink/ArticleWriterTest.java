package oxidation.store.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxidation.events.TaggedArticle;
import oxidation.store.Fixtures;
import oxidation.store.TestDatabases;
import oxidation.store.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticleWriterTest {

    private static final Instant MONDAY = Instant.parse("2024-06-03T10:00:00Z");

    private final Database db = TestDatabases.h2InMemory();
    private final ArticleWriter writer = new ArticleWriter();

    @AfterEach
    void close() {
        db.close();
    }

    private void write(TaggedArticle... articles) throws SQLException {
        Map<String, TaggedArticle> latest = new LinkedHashMap<>();
        for (TaggedArticle a : articles) {
            latest.put(a.id(), a);
        }
        db.inTransaction(c -> writer.write(c, latest));
    }

    private List<String> rows(String sql) throws SQLException {
        return Fixtures.rows(db, sql);
    }

    @Test
    void countsEachArticleOncePerToolAndDay() throws SQLException {
        write(Fixtures.post("https://a.example/1", "a", MONDAY, "v1", "uv", "ruff"),
                Fixtures.post("https://a.example/2", "b", MONDAY.plusSeconds(60), "v1", "uv"),
                Fixtures.post("https://a.example/3", "b", MONDAY.plusSeconds(120), "v1"));

        assertThat(rows("SELECT tool, pub_day, articles FROM tool_day ORDER BY tool"))
                .containsExactly("ruff 2024-06-03 1", "uv 2024-06-03 2");
        assertThat(rows("SELECT pub_day, articles FROM day_total")).containsExactly("2024-06-03 3");
    }

    @Test
    void aReplayedArticleReplacesItsTagsInsteadOfAddingToThem() throws SQLException {
        write(Fixtures.post("https://a.example/1", "a", MONDAY, "v1", "uv", "pip"));
        write(Fixtures.post("https://a.example/1", "a", MONDAY, "v2", "ruff"));
        write(Fixtures.post("https://a.example/1", "a", MONDAY, "v2", "ruff"));

        assertThat(rows("SELECT tool, articles FROM tool_day")).containsExactly("ruff 1");
        assertThat(rows("SELECT tool, pub_week, source, articles FROM tool_week_source"))
                .containsExactly("ruff 2024-06-03 a 1");
        assertThat(rows("SELECT tool, pub_month, source, articles FROM tool_month_source"))
                .containsExactly("ruff 2024-06-01 a 1");
        assertThat(rows("SELECT tool FROM article_tag")).containsExactly("ruff");
        assertThat(rows("SELECT catalog FROM article")).containsExactly("v2");
        assertThat(rows("SELECT articles FROM day_total")).containsExactly("1");
    }

    @Test
    void rollsUpArticlesAndDistinctSourcesPerWeekAndMonthAndARemovedTagTakesItsSourceAway() throws SQLException {
        write(Fixtures.post("https://a.example/1", "a", MONDAY, "v1", "uv"),
                Fixtures.post("https://a.example/2", "a", MONDAY.plusSeconds(60), "v1", "uv"),
                Fixtures.post("https://b.example/3", "b", MONDAY.plusSeconds(120), "v1", "uv"));
        assertThat(rows("SELECT tool, pub_week, articles, sources FROM tool_week"))
                .containsExactly("uv 2024-06-03 3 2");
        assertThat(rows("SELECT tool, pub_month, articles, sources FROM tool_month"))
                .containsExactly("uv 2024-06-01 3 2");

        write(Fixtures.post("https://b.example/3", "b", MONDAY.plusSeconds(120), "v2", "ruff"));
        write(Fixtures.post("https://b.example/3", "b", MONDAY.plusSeconds(120), "v2", "ruff"));

        assertThat(rows("SELECT tool, pub_week, articles, sources FROM tool_week ORDER BY tool"))
                .containsExactly("ruff 2024-06-03 1 1", "uv 2024-06-03 2 1");
        assertThat(rows("SELECT tool, pub_month, articles, sources FROM tool_month ORDER BY tool"))
                .containsExactly("ruff 2024-06-01 1 1", "uv 2024-06-01 2 1");
    }

    @Test
    void aReplayedArticleWithAnotherDateMovesItsCounts() throws SQLException {
        write(Fixtures.post("https://a.example/1", "a", MONDAY, "v1", "uv"));
        write(Fixtures.post("https://a.example/1", "a", MONDAY.plusSeconds(86_400 * 3), "v1", "uv"));

        write(Fixtures.post("https://a.example/1", "a", MONDAY.plusSeconds(86_400 * 30), "v1", "uv"));

        assertThat(rows("SELECT pub_day, articles FROM day_total")).containsExactly("2024-07-03 1");
        assertThat(rows("SELECT tool, pub_day, articles FROM tool_day")).containsExactly("uv 2024-07-03 1");
        assertThat(rows("SELECT pub_week, articles FROM tool_week_source")).containsExactly("2024-07-01 1");
        assertThat(rows("SELECT pub_month, articles FROM tool_month_source")).containsExactly("2024-07-01 1");
        assertThat(rows("SELECT pub_week, articles, sources FROM tool_week")).containsExactly("2024-07-01 1 1");
        assertThat(rows("SELECT pub_month, articles, sources FROM tool_month")).containsExactly("2024-07-01 1 1");
    }

    @Test
    void theNewestVersionInOneBatchWins() throws SQLException {
        TaggedArticle old = Fixtures.post("https://a.example/1", "a", MONDAY, "v1", "uv");
        TaggedArticle newer = Fixtures.post("https://a.example/1", "a", MONDAY, "v2", "polars");
        Map<String, TaggedArticle> latest = new LinkedHashMap<>();
        latest.put(old.id(), old);
        latest.put(newer.id(), newer);
        db.inTransaction(c -> writer.write(c, latest));

        assertThat(rows("SELECT tool, articles FROM tool_day")).containsExactly("polars 1");
    }

    @Test
    void aTombstoneRemovesTheArticleAndItsCounts() throws SQLException {
        TaggedArticle a = Fixtures.post("https://a.example/1", "a", MONDAY, "v1", "uv");
        write(a, Fixtures.post("https://a.example/2", "a", MONDAY, "v1", "uv"));
        Map<String, TaggedArticle> tombstone = new LinkedHashMap<>();
        tombstone.put(a.id(), null);
        db.inTransaction(c -> writer.write(c, tombstone));

        assertThat(rows("SELECT tool, articles FROM tool_day")).containsExactly("uv 1");
        assertThat(rows("SELECT COUNT(*) FROM article")).containsExactly("1");
    }

    @Test
    void keepsAReleaseWithItsToolAndVersion() throws SQLException {
        write(Fixtures.release("uv", "0.5.0", MONDAY, "v1"), Fixtures.release("uv", "0.6.0rc1", MONDAY, "v1"));

        assertThat(rows("SELECT tool, version, pub_day, prerelease FROM tool_release ORDER BY version"))
                .containsExactly("uv 0.5.0 2024-06-03 false", "uv 0.6.0rc1 2024-06-03 true");
    }

    @Test
    void storesTextWithoutTheNulCharactersPostgresqlRefuses() throws SQLException {
        write(Fixtures.tagged(Fixtures.raw("https://a.example/nul", "a", MONDAY, oxidation.events.ArticleKind.POST,
                "bad\u0000title", null), "v1", "uv"));

        assertThat(rows("SELECT title FROM article")).containsExactly("badtitle");
    }
}
