package oxidation.store.trend;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * When a week is a surge for a tool: more articles than the mean plus {@code sigmas} standard deviations
 * of the previous {@code baselineWeeks} weeks, and at least {@code minArticles}. A tool first seen less
 * than a full baseline ago is warming up; a week within {@code cooldownWeeks} after an earlier surge is
 * cooling down, so one busy stretch gives one event. A pure function.
 */
public record SurgeRule(int baselineWeeks, double sigmas, int minArticles, int cooldownWeeks) {

    /** Eight weeks of baseline, three sigmas, three articles, three weeks of cooldown. */
    public static final SurgeRule DEFAULT = new SurgeRule(8, 3.0, 3, 3);

    public SurgeRule {
        if (baselineWeeks < 2 || sigmas < 0 || minArticles < 1 || cooldownWeeks < 0) {
            throw new IllegalArgumentException("a surge rule needs at least 2 baseline weeks, a minimum of at"
                    + " least 1 article and no negative sigmas or cooldown");
        }
    }

    /** The outcome of evaluating one week. */
    public sealed interface Verdict permits Surge, Calm {
    }

    /** The week is a surge: its count and the baseline it beat. */
    public record Surge(LocalDate week, int count, double mean, double sigma, double threshold) implements Verdict {
    }

    /** The week is not a surge, and why. */
    public record Calm(String reason) implements Verdict {
    }

    /**
     * Evaluates one week.
     *
     * @param week the Monday the week starts on
     * @param weeklyCounts articles by week start; missing weeks count zero
     * @param firstSeen the day of the tool's first article
     * @param earlierSurges the week starts of the tool's surge events so far
     */
    public Verdict evaluate(LocalDate week, Map<LocalDate, Integer> weeklyCounts, LocalDate firstSeen,
            Collection<LocalDate> earlierSurges) {
        int count = weeklyCounts.getOrDefault(week, 0);
        if (count < minArticles) {
            return new Calm("fewer than " + minArticles + " articles");
        }
        if (firstSeen == null || firstSeen.isAfter(week.minusWeeks(baselineWeeks))) {
            return new Calm("warming up: first seen less than " + baselineWeeks + " weeks before");
        }
        for (LocalDate surge : earlierSurges) {
            if (!surge.isAfter(week) && surge.isAfter(week.minusWeeks(cooldownWeeks + 1L))) {
                return new Calm("cooling down after the surge of " + surge);
            }
        }
        double sum = 0;
        double squares = 0;
        for (int i = 1; i <= baselineWeeks; i++) {
            int c = weeklyCounts.getOrDefault(week.minusWeeks(i), 0);
            sum += c;
            squares += (double) c * c;
        }
        double mean = sum / baselineWeeks;
        double sigma = Math.sqrt(Math.max(0, squares / baselineWeeks - mean * mean));
        double threshold = mean + sigmas * sigma;
        if (count <= threshold) {
            return new Calm(count + " is not above the threshold " + threshold);
        }
        return new Surge(week, count, mean, sigma, threshold);
    }
}
