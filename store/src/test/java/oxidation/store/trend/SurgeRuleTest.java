package oxidation.store.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurgeRuleTest {

    private static final SurgeRule RULE = SurgeRule.DEFAULT;
    private static final LocalDate WEEK = LocalDate.of(2024, 6, 3);
    private static final LocalDate LONG_AGO = LocalDate.of(2023, 1, 2);

    private static Map<LocalDate, Integer> weeks(int current, int... previous) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        counts.put(WEEK, current);
        for (int i = 0; i < previous.length; i++) {
            counts.put(WEEK.minusWeeks(i + 1L), previous[i]);
        }
        return counts;
    }

    @Test
    void firesWhenAWeekIsAboveMeanPlusThreeSigmaOfTheEightWeeksBefore() {
        var verdict = RULE.evaluate(WEEK, weeks(4, 1, 2, 1, 2, 1, 2, 1, 2), LONG_AGO, List.of());

        assertThat(verdict).isInstanceOf(SurgeRule.Surge.class);
        SurgeRule.Surge surge = (SurgeRule.Surge) verdict;
        assertThat(surge.mean()).isEqualTo(1.5);
        assertThat(surge.sigma()).isEqualTo(0.5);
        assertThat(surge.threshold()).isEqualTo(3.0);
        assertThat(surge.count()).isEqualTo(4);
    }

    @Test
    void staysCalmAtTheThresholdItself() {
        assertThat(RULE.evaluate(WEEK, weeks(3, 1, 2, 1, 2, 1, 2, 1, 2), LONG_AGO, List.of()))
                .isInstanceOf(SurgeRule.Calm.class);
    }

    @Test
    void needsAtLeastThreeArticlesEvenAfterSilence() {
        assertThat(RULE.evaluate(WEEK, weeks(2), LONG_AGO, List.of())).isInstanceOf(SurgeRule.Calm.class);
        assertThat(RULE.evaluate(WEEK, weeks(3), LONG_AGO, List.of())).isInstanceOf(SurgeRule.Surge.class);
    }

    @Test
    void ignoresWeeksOlderThanTheBaseline() {
        Map<LocalDate, Integer> counts = weeks(5, 0, 0, 0, 0, 0, 0, 0, 0);
        counts.put(WEEK.minusWeeks(9), 500);

        assertThat(RULE.evaluate(WEEK, counts, LONG_AGO, List.of())).isInstanceOf(SurgeRule.Surge.class);
    }

    @Test
    void staysCalmWhileATooNewToolWarmsUp() {
        var verdict = RULE.evaluate(WEEK, weeks(10), WEEK.minusWeeks(5), List.of());

        assertThat(verdict).isInstanceOf(SurgeRule.Calm.class);
        assertThat(((SurgeRule.Calm) verdict).reason()).contains("warming up");
    }

    @Test
    void oneBusyStretchGivesOneSurgeThenCoolsDown() {
        Map<LocalDate, Integer> counts = new HashMap<>();
        int[] series = {1, 0, 1, 1, 0, 1, 0, 1, 9, 12, 15, 20, 22};
        LocalDate first = WEEK.minusWeeks(series.length - 1L);
        for (int i = 0; i < series.length; i++) {
            counts.put(first.plusWeeks(i), series[i]);
        }
        List<LocalDate> surges = new ArrayList<>();
        for (int i = 8; i < series.length; i++) {
            LocalDate week = first.plusWeeks(i);
            if (RULE.evaluate(week, counts, first.minusWeeks(20), surges) instanceof SurgeRule.Surge) {
                surges.add(week);
            }
        }

        assertThat(surges).containsExactly(first.plusWeeks(8));
    }

    @Test
    void doesNotRepeatTheSurgeOfTheSameWeek() {
        assertThat(RULE.evaluate(WEEK, weeks(30), LONG_AGO, List.of(WEEK))).isInstanceOf(SurgeRule.Calm.class);
    }
}
