package oxidation.store.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import oxidation.events.TaggedArticle;
import oxidation.store.Fixtures;
import oxidation.store.db.Database;
import oxidation.store.trend.Weeks;
import oxidation.testkit.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counters the timeline reads stay equal to counts computed from the stored tags through batches of new
 * articles, replays with other tags, dates and sources, and tombstones, on PostgreSQL and H2.
 */
class CountersIT {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<String> TOOLS = List.of("uv", "ruff", "polars", "pip");

    @TempDir
    Path dir;

    private Database open(String engine) {
        TestDatabase.Database target = engine.equals("h2") ? TestDatabase.h2(dir) : TestDatabase.postgres();
        return Database.open(target.jdbcUrl(), target.user(), target.password());
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void rollupsEqualCountsFromTheTagsThroughReplaysAndTombstones(String engine) throws SQLException {
        Random random = new Random(7);
        ArticleWriter writer = new ArticleWriter();
        try (Database db = open(engine)) {
            for (int batch = 0; batch < 12; batch++) {
                Map<String, TaggedArticle> latest = new LinkedHashMap<>();
                for (int i = 0; i < 150; i++) {
                    int n = random.nextInt(400);
                    String url = "https://blog.example/" + n;
                    if (random.nextInt(10) == 0) {
                        latest.put(Fixtures.post(url, "s", START, "v1").id(), null);
                    } else {
                        TaggedArticle a = article(random, url);
                        latest.put(a.id(), a);
                    }
                }
                db.inWriteTransaction(c -> writer.write(c, latest));
            }

            assertThat(Fixtures.rows(db, "SELECT tool, pub_week, articles, sources FROM tool_week"))
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(Fixtures.rows(db, "SELECT tool, pub_week, SUM(articles), COUNT(*)"
                            + " FROM tool_week_source GROUP BY tool, pub_week"));
            assertThat(Fixtures.rows(db, "SELECT tool, pub_month, articles, sources FROM tool_month"))
                    .containsExactlyInAnyOrderElementsOf(Fixtures.rows(db, "SELECT tool, pub_month, SUM(articles), COUNT(*)"
                            + " FROM tool_month_source GROUP BY tool, pub_month"));
            assertThat(Fixtures.rows(db, "SELECT tool, pub_week, SUM(articles) FROM tool_week_source GROUP BY tool, pub_week"))
                    .containsExactlyInAnyOrderElementsOf(weeklyFromTags(db));
            assertThat(Fixtures.rows(db, "SELECT tool, pub_day, articles FROM tool_day"))
                    .containsExactlyInAnyOrderElementsOf(Fixtures.rows(db, "SELECT tool, pub_day, COUNT(*) FROM article_tag"
                            + " GROUP BY tool, pub_day"));
            assertThat(Fixtures.rows(db, "SELECT pub_day, articles FROM day_total"))
                    .containsExactlyInAnyOrderElementsOf(Fixtures.rows(db, "SELECT pub_day, COUNT(*) FROM article"
                            + " GROUP BY pub_day"));
            assertThat(Fixtures.rows(db, "SELECT COUNT(*) FROM tool_week WHERE articles <= 0 OR sources <= 0"))
                    .containsExactly("0");
        }
    }

    /** A post at this URL on one of 60 days from one of 5 sources, with up to two tools. */
    private static TaggedArticle article(Random random, String url) {
        List<String> tools = new ArrayList<>();
        for (int t = random.nextInt(3); t > 0; t--) {
            String tool = TOOLS.get(random.nextInt(TOOLS.size()));
            if (!tools.contains(tool)) {
                tools.add(tool);
            }
        }
        return Fixtures.post(url, "source-" + random.nextInt(5), START.plusSeconds(random.nextInt(60) * 86_400L),
                "v" + random.nextInt(3), tools.toArray(String[]::new));
    }

    /** Articles per tool and ISO week with its source, counted from the tags in Java. */
    private static List<String> weeklyFromTags(Database db) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String row : Fixtures.rows(db, "SELECT tool, pub_day FROM article_tag")) {
            String[] parts = row.split(" ");
            String week = Weeks.start(LocalDate.parse(parts[1])).toString();
            counts.merge(parts[0] + " " + week, 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
    }

}
