package oxidation.store.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** ISO weeks: they start on Monday and are labelled {@code 2024-W05}. */
public final class Weeks {

    private Weeks() {
    }

    /** The Monday of the ISO week of a day. */
    public static LocalDate start(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The ISO label of the week of a day, such as {@code 2024-W05}. */
    public static String label(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format(java.util.Locale.ROOT, "%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
