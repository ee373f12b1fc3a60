package oxidation.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import oxidation.store.trend.Weeks;
import org.junit.jupiter.api.Test;

class BucketTest {

    @Test
    void weeksAreIsoWeeksStartingOnMonday() {
        LocalDate sunday = LocalDate.of(2023, 1, 1);

        assertThat(Bucket.WEEK.start(sunday)).isEqualTo(LocalDate.of(2022, 12, 26));
        assertThat(Weeks.label(sunday)).isEqualTo("2022-W52");
        assertThat(Weeks.label(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
    }

    @Test
    void monthsStartOnTheFirstAndDaysAreThemselves() {
        assertThat(Bucket.MONTH.start(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Bucket.MONTH.next(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Bucket.DAY.start(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void countsTheBucketsCoveringARange() {
        assertThat(Bucket.WEEK.count(LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 8))).isEqualTo(2);
        assertThat(Bucket.DAY.count(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(366);
        assertThat(Bucket.MONTH.count(LocalDate.of(2020, 1, 31), LocalDate.of(2024, 12, 1))).isEqualTo(60);
    }
}
