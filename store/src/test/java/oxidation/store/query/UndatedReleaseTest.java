package oxidation.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.RawArticle;
import oxidation.events.Release;
import oxidation.events.TaggedArticle;
import oxidation.store.Fixtures;
import oxidation.store.TestDatabases;
import oxidation.store.db.Database;
import oxidation.store.sink.Seeder;
import oxidation.store.trend.SurgeRule;
import oxidation.store.trend.TrendDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UndatedReleaseTest {

    private static final Instant FETCHED = Instant.parse("2024-06-05T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2024-06-03");

    private final Database db = TestDatabases.h2InMemory();
    private final Seeder seeder = new Seeder(db, new TrendDetector(Fixtures.catalog(), SurgeRule.DEFAULT));

    @AfterEach
    void close() {
        db.close();
    }

    private static TaggedArticle undatedRelease(String version) {
        String url = "https://github.com/example/uv/blob/main/CHANGELOG.md#" + version;
        String canonical = CanonicalUrl.of(url);
        RawArticle raw = new RawArticle(RawArticle.SCHEMA, ArticleId.ofCanonical(canonical), url, canonical, "gh-uv",
                ArticleKind.RELEASE, "uv " + version, null, null, null, FETCHED, "notes", "text", "en",
                new Release("uv", version, false, false));
        return Fixtures.tagged(raw, "v1", "uv");
    }

    @Test
    void anUndatedReleaseIsListedWithoutADateAndLandsInNoBucketNorEvent() throws SQLException {
        seeder.write(List.of(undatedRelease("0.4.0"),
                Fixtures.release("uv", "0.5.0", MONDAY.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC), "v1")),
                FETCHED);

        List<FeedQueries.Release> all = new FeedQueries(db).releases(List.of(), null, null).releases();
        assertThat(all).extracting(FeedQueries.Release::version).containsExactly("0.5.0", "0.4.0");
        assertThat(all.get(1).date()).isNull();
        assertThat(new FeedQueries(db).releases(List.of("uv"), MONDAY, MONDAY.plusDays(6)).releases())
                .extracting(FeedQueries.Release::version).containsExactly("0.5.0");

        for (Bucket bucket : Bucket.values()) {
            TimelineQuery.Timeline timeline = new TimelineQuery(db, Fixtures.catalog()).run(new TimelineQuery.Request(
                    List.of("uv"), List.of(), bucket, MONDAY, MONDAY.plusDays(6), false));
            assertThat(timeline.series().get(0).points()).flatExtracting(TimelineQuery.Point::releases)
                    .extracting(ReleaseRef::version).containsExactly("0.5.0");
        }
        assertThat(new ToolQueries(db, Fixtures.catalog()).tools().tools().get(0).latestRelease().version())
                .isEqualTo("0.5.0");
        assertThat(new FeedQueries(db).events(Instant.EPOCH, "uv", 50).events())
                .extracting(e -> e.id()).contains("release:uv:0.5.0").doesNotContain("release:uv:0.4.0");
    }
}
