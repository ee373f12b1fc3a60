package oxidation.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.events.SourceStatus;
import oxidation.ingest.fetch.Validators;

class StatusesTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final Source source = Source.of("uv-releases", "https://github.com/astral-sh/uv/releases.atom",
            SourceKind.GITHUB_RELEASES, "uv");

    @Test
    void aFailureMarksUnhealthyCountsAndKeepsValidatorsAndSeenEntries() {
        SourceStatus ok = Statuses.succeeded(Statuses.fresh(source), source, NOW, new Validators("\"e1\"", "lm"),
                Map.of("a", "h"), NOW.plusSeconds(60));
        SourceStatus once = Statuses.failed(ok, source, NOW.plusSeconds(60), "HTTP 500 from x", NOW.plusSeconds(120));
        SourceStatus twice = Statuses.failed(once, source, NOW.plusSeconds(120), "HTTP 503 from x", NOW.plusSeconds(300));
        assertThat(twice.healthy()).isFalse();
        assertThat(twice.consecutiveFailures()).isEqualTo(2);
        assertThat(twice.lastError()).isEqualTo("HTTP 503 from x");
        assertThat(twice.lastFailure()).isEqualTo(NOW.plusSeconds(120));
        assertThat(twice.lastSuccess()).isEqualTo(NOW);
        assertThat(twice.etag()).isEqualTo("\"e1\"");
        assertThat(twice.seen()).containsEntry("a", "h");
        assertThat(twice.nextPoll()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void aSuccessAfterFailuresIsHealthyAgainAndKeepsTheLastErrorForHistory() {
        SourceStatus failed = Statuses.failed(Statuses.fresh(source), source, NOW, "HTTP 500 from x", NOW);
        SourceStatus ok = Statuses.succeeded(failed, source, NOW.plusSeconds(5), Validators.NONE,
                Map.of("a", "1", "b", "2"), NOW.plusSeconds(65));
        assertThat(ok.healthy()).isTrue();
        assertThat(ok.consecutiveFailures()).isZero();
        assertThat(ok.entriesSeen()).isEqualTo(2);
        assertThat(ok.lastError()).isEqualTo("HTTP 500 from x");
        assertThat(Statuses.changed(failed, ok)).isTrue();
        assertThat(Statuses.changed(ok, Statuses.succeeded(ok, source, NOW, Validators.NONE, Map.of(), NOW))).isFalse();
    }

    @Test
    void aNewFailureReasonIsAChangeButTheSameReasonAgainIsNot() {
        SourceStatus first = Statuses.failed(Statuses.fresh(source), source, NOW, "HTTP 500 from x", NOW);
        assertThat(Statuses.changed(first, Statuses.failed(first, source, NOW, "HTTP 500 from x", NOW))).isFalse();
        assertThat(Statuses.changed(first, Statuses.failed(first, source, NOW, "HTTP 404 from x", NOW))).isTrue();
    }

    @Test
    void theNextPollWaitsForMaxAgeOrTtlButNoLongerThanADay() {
        Duration hour = Duration.ofHours(1);
        assertThat(Statuses.nextAfterSuccess(NOW, hour, null, null)).isEqualTo(NOW.plus(hour));
        assertThat(Statuses.nextAfterSuccess(NOW, hour, Duration.ofMinutes(5), null)).isEqualTo(NOW.plus(hour));
        assertThat(Statuses.nextAfterSuccess(NOW, hour, Duration.ofHours(3), Duration.ofHours(2)))
                .isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(Statuses.nextAfterSuccess(NOW, hour, null, Duration.ofDays(30))).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(Statuses.nextAfterSuccess(NOW, Duration.ofDays(2), null, Duration.ofDays(30)))
                .isEqualTo(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void aMovedSourceDropsTheValidatorsOfItsOldUrl() {
        SourceStatus ok = Statuses.succeeded(Statuses.fresh(source), source, NOW, new Validators("\"e1\"", "lm"),
                Map.of("a", "h"), NOW.plusSeconds(600));
        Source moved = Source.of(source.id(), "https://github.com/astral-sh/uv-new/releases.atom",
                SourceKind.GITHUB_RELEASES, "uv");
        SourceStatus restored = Statuses.forSource(ok, moved);
        assertThat(restored.etag()).isNull();
        assertThat(restored.lastModified()).isNull();
        assertThat(restored.nextPoll()).isNull();
        assertThat(restored.seen()).containsEntry("a", "h");
        assertThat(Statuses.forSource(ok, source)).isSameAs(ok);
        assertThat(Statuses.forSource(null, source)).isEqualTo(Statuses.fresh(source));
    }
}
