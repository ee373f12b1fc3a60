package oxidation.store.sink;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import oxidation.store.db.Counters;
import oxidation.store.trend.Weeks;

/**
 * The counters the timeline reads instead of the articles, moved by one batch's deltas: articles per day,
 * per tool and day, per tool, bucket (ISO week, month) and source, and the rollups per tool and bucket with
 * their distinct sources. A bucket's distinct sources move when a source's counter in it appears or goes, which
 * one lookup of the batch's source counters before the merge tells. Deltas are summed in Java first, so each
 * table gets one set-based merge per batch.
 */
final class TimelineCounters {

    private static final Counters.Column DAY = new Counters.Column("pub_day", "DATE");
    private static final Counters.Column TOOL = new Counters.Column("tool", "VARCHAR(128)");
    private static final Counters.Column SOURCE = new Counters.Column("source", "VARCHAR(512)");
    private static final Counters.Column WEEK = new Counters.Column("pub_week", "DATE");
    private static final Counters.Column MONTH = new Counters.Column("pub_month", "DATE");
    private static final List<String> ROLLUP = List.of("articles", "sources");

    private final Counters dayTotals = new Counters("day_total", List.of(DAY), "articles");
    private final Counters toolDays = new Counters("tool_day", List.of(TOOL, DAY), "articles");
    private final Counters weekSources = new Counters("tool_week_source", List.of(TOOL, WEEK, SOURCE), "articles");
    private final Counters monthSources = new Counters("tool_month_source", List.of(TOOL, MONTH, SOURCE),
            "articles");
    private final Counters weeks = new Counters("tool_week", List.of(TOOL, WEEK), ROLLUP);
    private final Counters months = new Counters("tool_month", List.of(TOOL, MONTH), ROLLUP);

    /** How one batch moves the counters. Not thread-safe. */
    static final class Deltas {

        private final Map<List<Object>, int[]> days = new HashMap<>();
        private final Map<List<Object>, int[]> toolDays = new HashMap<>();
        private final Map<List<Object>, int[]> toolWeeks = new HashMap<>();
        private final Map<List<Object>, int[]> toolMonths = new HashMap<>();

        /** An article counted on a day (delta 1) or no longer (-1). */
        void day(LocalDate day, int delta) {
            Counters.add(days, List.of(day), delta);
        }

        /** A tool's article from a source counted on a day (delta 1) or no longer (-1). */
        void tag(String tool, LocalDate day, String source, int delta) {
            Counters.add(toolDays, List.of(tool, day), delta);
            Counters.add(toolWeeks, List.of(tool, Weeks.start(day), source), delta);
            Counters.add(toolMonths, List.of(tool, day.withDayOfMonth(1), source), delta);
        }
    }

    /** Moves every counter by the batch's deltas, in the caller's transaction. */
    void apply(Connection c, Deltas deltas) throws SQLException {
        dayTotals.apply(c, deltas.days);
        toolDays.apply(c, deltas.toolDays);
        bySource(c, weekSources, weeks, deltas.toolWeeks);
        bySource(c, monthSources, months, deltas.toolMonths);
    }

    /** Moves the per-source counters of a bucket size and the rollup above them, sources by their appearance. */
    private static void bySource(Connection c, Counters perSource, Counters rollup,
            Map<List<Object>, int[]> deltas) throws SQLException {
        Map<List<Object>, Integer> before = perSource.current(c, deltas.keySet());
        Map<List<Object>, int[]> buckets = new HashMap<>();
        for (var entry : deltas.entrySet()) {
            int delta = entry.getValue()[0];
            int was = before.getOrDefault(entry.getKey(), 0);
            int now = was + delta;
            int sources = was <= 0 && now > 0 ? 1 : was > 0 && now <= 0 ? -1 : 0;
            Counters.add(buckets, entry.getKey().subList(0, 2), delta, sources);
        }
        perSource.apply(c, deltas);
        rollup.apply(c, buckets);
    }
}
