package oxidation.store.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import oxidation.events.TaggedArticle;
import oxidation.events.TrendEvent;
import oxidation.events.TrendEventType;
import oxidation.store.Fixtures;
import oxidation.store.TestDatabases;
import oxidation.store.db.Database;
import oxidation.store.sink.Seeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrendDetectorTest {

    /** A Monday. */
    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2024-12-01T00:00:00Z");

    private final Database db = TestDatabases.h2InMemory();
    private final TrendDetector detector = new TrendDetector(Fixtures.catalog(), SurgeRule.DEFAULT);
    private final Seeder seeder = new Seeder(db, detector);
    private int serial;

    @AfterEach
    void close() {
        db.close();
    }

    private TaggedArticle post(int week, String... tools) {
        return Fixtures.post("https://blog.example/" + serial++, "blog", START.plus(Duration.ofDays(7L * week + 1)),
                "v1", tools);
    }

    private List<TrendEvent> events() throws SQLException {
        return db.read(c -> {
            List<TrendEvent> events = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT * FROM trend_event ORDER BY at, id"); var rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(EventStore.read(rs));
                }
            }
            return events;
        });
    }

    private List<TrendEvent> events(TrendEventType type) throws SQLException {
        return events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void announcesAToolsFirstMentionOnceWithTheEarliestArticle() throws SQLException {
        TaggedArticle first = post(0, "uv");
        seeder.write(List.of(post(2, "uv"), first), NOW);
        seeder.write(List.of(post(3, "uv"), first), NOW);

        List<TrendEvent> firsts = events(TrendEventType.FIRST_MENTION);
        assertThat(firsts).extracting(TrendEvent::id).containsExactly("first-mention:uv");
        assertThat(firsts.get(0).articles()).containsExactly(first.id());
        assertThat(firsts.get(0).at()).isEqualTo(first.article().published());
    }

    @Test
    void anOlderArticleArrivingLaterNeitherRepeatsNorMovesTheFirstMention() throws SQLException {
        TaggedArticle known = post(5, "ruff");
        seeder.write(List.of(post(7, "ruff"), known), NOW);
        seeder.write(List.of(post(1, "ruff")), NOW.plusSeconds(60));

        List<TrendEvent> firsts = events(TrendEventType.FIRST_MENTION);
        assertThat(firsts).hasSize(1);
        assertThat(firsts.get(0).at()).isEqualTo(known.article().published());
        assertThat(firsts.get(0).articles()).containsExactly(known.id());
    }

    @Test
    void givesIncumbentsNoEvents() throws SQLException {
        seeder.write(List.of(post(0, "pip"), post(0, "pip"), post(0, "pip")), NOW);

        assertThat(events()).isEmpty();
    }

    @Test
    void announcesEachReleaseOnceAndNoPrereleases() throws SQLException {
        seeder.write(List.of(Fixtures.release("ruff", "0.5.0", START, "v1"),
                Fixtures.release("ruff", "0.6.0rc1", START, "v1")), NOW);
        seeder.write(List.of(Fixtures.release("ruff", "0.5.0", START, "v1")), NOW);

        assertThat(events(TrendEventType.RELEASE)).extracting(TrendEvent::id).containsExactly("release:ruff:0.5.0");
    }

    @Test
    void announcesASurgeWithItsBaselineAndArticles() throws SQLException {
        List<TaggedArticle> articles = new ArrayList<>();
        for (int week = 0; week < 10; week++) {
            articles.add(post(week, "polars"));
        }
        List<TaggedArticle> busy = List.of(post(10, "polars"), post(10, "polars"), post(10, "polars"),
                post(10, "polars"));
        articles.addAll(busy);
        seeder.write(articles, NOW);

        List<TrendEvent> surges = events(TrendEventType.SURGE);
        assertThat(surges).extracting(TrendEvent::id).containsExactly("surge:polars:2024-W11");
        assertThat(surges.get(0).explanation()).containsEntry("count", 4.0).containsEntry("mean", 1.0)
                .containsEntry("sigma", 0.0).containsEntry("threshold", 1.0);
        assertThat(surges.get(0).articles()).containsExactlyInAnyOrderElementsOf(busy.stream()
                .map(TaggedArticle::id).toList());
    }

    @Test
    void announcesANewLeaderWhenAnotherToolOvertakesLastWeeksLeader() throws SQLException {
        seeder.write(List.of(post(0, "uv"), post(0, "uv"), post(0, "uv"), post(0, "ruff"),
                post(1, "ruff"), post(1, "ruff"), post(1, "ruff"), post(1, "ruff"), post(1, "uv"),
                post(2, "ruff")), NOW);

        List<TrendEvent> leaders = events(TrendEventType.NEW_LEADER);
        assertThat(leaders).extracting(TrendEvent::id).containsExactly("new-leader:ruff:2024-W02");
        assertThat(leaders.get(0).explanation()).containsEntry("count", 4.0)
                .containsEntry("previousLeaderCount", 1.0).containsEntry("previousLeaderCountWeekBefore", 3.0);
    }

    @Test
    void waitsForAWeekToEndBeforeNamingItsLeader() throws SQLException {
        seeder.write(List.of(post(0, "uv"), post(0, "uv"), post(0, "uv"),
                post(1, "ruff"), post(1, "ruff"), post(1, "ruff"), post(1, "ruff")), NOW);

        assertThat(events(TrendEventType.NEW_LEADER)).isEmpty();
    }

    @Test
    void aReplayOfTheSameArticlesAddsNoEvents() throws SQLException {
        List<TaggedArticle> articles = new ArrayList<>();
        for (int week = 0; week < 12; week++) {
            articles.add(post(week, week == 11 ? "ruff" : "uv"));
        }
        articles.addAll(List.of(post(11, "ruff"), post(11, "ruff"), post(12, "ruff"),
                Fixtures.release("uv", "1.0.0", START, "v1")));
        int first = seeder.write(articles, NOW);
        int again = seeder.write(articles, NOW.plusSeconds(3600));

        assertThat(events()).extracting(TrendEvent::id).containsExactlyInAnyOrder("first-mention:uv",
                "first-mention:ruff", "release:uv:1.0.0");
        assertThat(first).isEqualTo(3);
        assertThat(again).isZero();
        assertThat(events()).hasSize(3);
    }
}
