package oxidation.classify.bench;

import java.util.Objects;

/**
 * One measurement of {@code oxidation bench}: a value next to its ceiling (the same work done by the
 * simplest thing that could do it), the ratio between them, and whether the target on that ratio or value
 * is met. Shared by every module's benchmark entry and the launcher's bench command.
 *
 * @param name what was measured, e.g. {@code "tagger MB/s vs bare loop"}
 * @param value the measured value
 * @param unit the unit of {@code value} and {@code ceiling}, e.g. {@code "MB/s"}, {@code "ms"}
 * @param ceiling the ceiling measured side by side in the same run, or null when there is none
 * @param ratio value / ceiling (or the quotient the target speaks of), or null when there is no ceiling
 * @param target the target in words, e.g. {@code ">= 0.5x"} or {@code "p95 <= 20 ms"}, or null
 * @param met whether the target is met, or null when there is no target
 */
public record BenchResult(String name, double value, String unit, Double ceiling, Double ratio, String target,
        Boolean met) {

    public BenchResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }

    /** A value with a ceiling and a target on value / ceiling of at least {@code minRatio}. */
    public static BenchResult atLeast(String name, double value, String unit, double ceiling, double minRatio) {
        double ratio = value / ceiling;
        return new BenchResult(name, value, unit, ceiling, ratio, String.format(java.util.Locale.ROOT, ">= %.2fx",
                minRatio), ratio >= minRatio);
    }

    /** A value with a ceiling and a target on value / ceiling of at most {@code maxRatio} (times, costs). */
    public static BenchResult atMost(String name, double value, String unit, double ceiling, double maxRatio) {
        double ratio = value / ceiling;
        return new BenchResult(name, value, unit, ceiling, ratio, String.format(java.util.Locale.ROOT, "<= %.2fx",
                maxRatio), ratio <= maxRatio);
    }

    /** A value with no ceiling, only an absolute bound: met when {@code value <= limit}. */
    public static BenchResult withLimit(String name, double value, String unit, double limit) {
        return new BenchResult(name, value, unit, null, null, String.format(java.util.Locale.ROOT, "<= %s %s",
                trim(limit), unit), value <= limit);
    }

    /** A value next to a ceiling, with their ratio, for information: no target. */
    public static BenchResult compared(String name, double value, String unit, double ceiling) {
        return new BenchResult(name, value, unit, ceiling, value / ceiling, null, null);
    }

    /** A value reported for information: no ceiling, no target. */
    public static BenchResult info(String name, double value, String unit) {
        return new BenchResult(name, value, unit, null, null, null, null);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
