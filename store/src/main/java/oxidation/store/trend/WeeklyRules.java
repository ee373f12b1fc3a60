package oxidation.store.trend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import oxidation.events.TrendEvent;
import oxidation.events.TrendEventType;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Sql;

/** The weekly trend rules, surge and new leader, over the weekly rollup of the tools. */
final class WeeklyRules {

    private static final int ARTICLE_IDS = 50;
    private static final int LEADER_MINIMUM = 3;

    private final ToolCatalog catalog;
    private final SurgeRule rule;
    private final EventStore events;

    WeeklyRules(ToolCatalog catalog, SurgeRule rule, EventStore events) {
        this.catalog = catalog;
        this.rule = rule;
        this.events = events;
    }

    /**
     * Surges among the weeks the batch touched. The weekly counts and earlier surges of every tool are read at
     * once over the union of the tools' ranges: weeks outside a tool's own range do not change its verdicts.
     */
    List<TrendEvent> surges(Connection c, BatchChanges changes, Set<String> tools, Instant now) throws SQLException {
        List<TrendEvent> found = new ArrayList<>();
        if (tools.isEmpty()) {
            return found;
        }
        Map<String, TreeSet<LocalDate>> touched = new HashMap<>();
        TreeSet<LocalDate> all = new TreeSet<>();
        for (String tool : tools) {
            TreeSet<LocalDate> weeks = new TreeSet<>();
            changes.toolDays().get(tool).forEach(d -> weeks.add(Weeks.start(d)));
            touched.put(tool, weeks);
            all.addAll(weeks);
        }
        LocalDate from = all.first().minusWeeks(rule.baselineWeeks());
        Map<String, Map<LocalDate, Integer>> counts = weeklyCounts(c, tools, from, all.last().plusDays(6));
        Map<String, List<Instant>> surged = events.timesByTool(c, TrendEventType.SURGE,
                at(from.minusWeeks(rule.cooldownWeeks())), at(all.last()));
        for (String tool : tools) {
            LocalDate firstSeen = firstSeen(c, tool);
            List<LocalDate> earlier = new ArrayList<>(surged.getOrDefault(tool, List.of()).stream().map(Sql::day)
                    .toList());
            for (LocalDate week : touched.get(tool)) {
                if (rule.evaluate(week, counts.getOrDefault(tool, Map.of()), firstSeen, earlier)
                        instanceof SurgeRule.Surge s) {
                    earlier.add(week);
                    found.add(surge(c, tool, s, now));
                }
            }
        }
        return found;
    }

    private TrendEvent surge(Connection c, String tool, SurgeRule.Surge s, Instant now) throws SQLException {
        String label = Weeks.label(s.week());
        String summary = String.format(java.util.Locale.ROOT,
                "%s surges: %d articles in %s against a baseline of %.1f ± %.1f (threshold %.1f)",
                name(tool), s.count(), label, s.mean(), s.sigma(), s.threshold());
        return new TrendEvent(TrendEvent.SCHEMA, "surge:" + tool + ":" + label, tool, TrendEventType.SURGE,
                at(s.week()), summary, Map.of("count", (double) s.count(), "mean", s.mean(), "sigma", s.sigma(),
                        "threshold", s.threshold(), "baselineWeeks", (double) rule.baselineWeeks()),
                TrendDetector.articles(c, tool, s.week(), s.week().plusDays(6), ARTICLE_IDS), now);
    }

    /** New weekly leaders among the weeks the batch touched that are over, and the last week that is over. */
    List<TrendEvent> leaders(Connection c, BatchChanges changes, Instant now) throws SQLException {
        LocalDate newest = newestDay(c);
        if (newest == null) {
            return List.of();
        }
        TreeSet<LocalDate> weeks = new TreeSet<>();
        changes.toolDays().values().forEach(days -> days.forEach(d -> weeks.add(Weeks.start(d))));
        weeks.add(Weeks.start(newest).minusWeeks(1));
        weeks.removeIf(w -> !w.plusDays(6).isBefore(newest));
        if (weeks.isEmpty()) {
            return List.of();
        }
        Map<String, Map<LocalDate, Integer>> counts = weeklyCounts(c, Set.of(), weeks.first().minusWeeks(1),
                weeks.last().plusDays(6));
        Set<LocalDate> decided = new TreeSet<>(events.times(c, null, TrendEventType.NEW_LEADER,
                at(weeks.first()), at(weeks.last())).stream().map(Sql::day).toList());
        List<TrendEvent> found = new ArrayList<>();
        for (LocalDate week : weeks) {
            Optional<String> leader = leader(counts, week);
            Optional<String> before = leader(counts, week.minusWeeks(1));
            if (leader.isPresent() && before.isPresent() && !leader.equals(before) && !decided.contains(week)) {
                found.add(newLeader(c, leader.get(), before.get(), week, counts, now));
            }
        }
        return found;
    }

    private TrendEvent newLeader(Connection c, String tool, String previous, LocalDate week,
            Map<String, Map<LocalDate, Integer>> counts, Instant now) throws SQLException {
        int count = counts.get(tool).get(week);
        int previousCount = counts.get(previous).getOrDefault(week, 0);
        int previousBefore = counts.get(previous).get(week.minusWeeks(1));
        String label = Weeks.label(week);
        String summary = name(tool) + " leads " + label + " with " + count + " articles, ahead of " + name(previous)
                + " (" + previousCount + "), the leader of the week before with " + previousBefore;
        return new TrendEvent(TrendEvent.SCHEMA, "new-leader:" + tool + ":" + label, tool, TrendEventType.NEW_LEADER,
                at(week), summary, Map.of("count", (double) count, "previousLeaderCount", (double) previousCount,
                        "previousLeaderCountWeekBefore", (double) previousBefore),
                TrendDetector.articles(c, tool, week, week.plusDays(6), ARTICLE_IDS), now);
    }

    /** The trend tool with strictly the most articles in a week, at least {@value #LEADER_MINIMUM}. */
    private Optional<String> leader(Map<String, Map<LocalDate, Integer>> counts, LocalDate week) {
        String best = null;
        int top = 0;
        boolean tie = false;
        for (var entry : counts.entrySet()) {
            int n = entry.getValue().getOrDefault(week, 0);
            if (!catalog.isTrendTool(entry.getKey()) || n < top) {
                continue;
            }
            tie = n == top;
            if (n > top) {
                best = entry.getKey();
                top = n;
            }
        }
        return top >= LEADER_MINIMUM && !tie ? Optional.of(best) : Optional.empty();
    }

    /**
     * Articles per tool and ISO week for the weeks starting in [from, to]; these tools, or every tool when tools
     * is empty. Read from the weekly rollup, one row per tool and week.
     */
    private static Map<String, Map<LocalDate, Integer>> weeklyCounts(Connection c, Set<String> tools,
            LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT tool, pub_week, articles FROM tool_week WHERE pub_week >= ? AND pub_week <= ?"
                + (tools.isEmpty() ? "" : " AND tool IN (" + Sql.placeholders(tools.size()) + ")");
        Map<String, Map<LocalDate, Integer>> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Sql.setDate(s, 1, from);
            Sql.setDate(s, 2, to);
            int i = 3;
            for (String tool : tools) {
                s.setString(i++, tool);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(Sql.date(rs, 2), rs.getInt(3));
                }
            }
        }
        return counts;
    }

    private static LocalDate firstSeen(Connection c, String tool) throws SQLException {
        // ordering by the equal tool too lets H2 read the key in order and stop at the first row
        try (PreparedStatement s = c.prepareStatement("SELECT pub_day FROM tool_day WHERE tool = ?"
                + " ORDER BY tool, pub_day LIMIT 1")) {
            s.setString(1, tool);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Sql.date(rs, 1) : null;
            }
        }
    }

    private static LocalDate newestDay(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(pub_day) FROM day_total");
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? Sql.date(rs, 1) : null;
        }
    }

    private String name(String tool) {
        return catalog.tool(tool).map(t -> t.name()).orElse(tool);
    }

    private static Instant at(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
