package oxidation.store.query;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import oxidation.store.trend.Weeks;

/** The size of a timeline bucket: a UTC day, an ISO week (from Monday) or a calendar month. */
public enum Bucket {
    DAY, WEEK, MONTH;

    /** The first day of the bucket holding a day. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> Weeks.start(day);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the bucket after the one starting on start. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** How many buckets cover [from, to]. */
    public long count(LocalDate from, LocalDate to) {
        ChronoUnit unit = switch (this) {
            case DAY -> ChronoUnit.DAYS;
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
        };
        return unit.between(start(from), start(to)) + 1;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
