package oxidation.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

    @Test
    void doublesPerFailureWithJitterBetweenHalfAndWhole() {
        Random random = new Random(7);
        for (int failures = 1; failures <= 5; failures++) {
            long ceiling = Duration.ofMinutes(1L << (failures - 1)).toMillis();
            for (int i = 0; i < 50; i++) {
                long ms = backoff.delay(failures, null, random).toMillis();
                assertThat(ms).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void neverWaitsLongerThanTheCapNoMatterHowManyFailures() {
        Random random = new Random(1);
        for (int failures : new int[] {10, 64, 1000, Integer.MAX_VALUE}) {
            assertThat(backoff.delay(failures, null, random)).isBetween(Duration.ofHours(3), Duration.ofHours(6));
        }
    }

    @Test
    void jitterSpreadsRetriesOfManySources() {
        Random random = new Random(3);
        long distinct = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> backoff.delay(3, null, random)).distinct().count();
        assertThat(distinct).isGreaterThan(90);
    }

    @Test
    void honoursALongerRetryAfter() {
        assertThat(backoff.delay(1, Duration.ofHours(2), new Random(1))).isEqualTo(Duration.ofHours(2));
        assertThat(backoff.delay(1, Duration.ofSeconds(1), new Random(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delay(0, null, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
