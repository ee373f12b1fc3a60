package oxidation.store.trend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import oxidation.events.TrendEvent;
import oxidation.events.TrendEventType;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Sql;

/**
 * Finds the trend events a committed batch causes (first mentions, releases, surges, new weekly leaders)
 * and stores them in the batch's transaction. Event ids are derived from tool, type and period, so a
 * replay finds them stored and does not repeat them. Only the catalog's Rust-in-Python tools get events.
 */
public final class TrendDetector {

    private final ToolCatalog catalog;
    private final EventStore events;
    private final WeeklyRules weekly;

    public TrendDetector(ToolCatalog catalog, SurgeRule rule) {
        this.catalog = catalog;
        this.events = new EventStore();
        this.weekly = new WeeklyRules(catalog, rule, events);
    }

    /** The events store, for the publisher. */
    public EventStore events() {
        return events;
    }

    /** Detects and stores the events of a batch; returns the ones that are new. */
    public List<TrendEvent> detect(Connection c, BatchChanges changes, Instant now) throws SQLException {
        List<TrendEvent> found = new ArrayList<>();
        if (changes.isEmpty()) {
            return found;
        }
        Set<String> tools = new TreeSet<>(changes.toolDays().keySet());
        tools.removeIf(t -> !catalog.isTrendTool(t));
        found.addAll(firstMentions(c, tools, now));
        found.addAll(releases(c, changes, now));
        found.addAll(weekly.surges(c, changes, tools, now));
        found.addAll(weekly.leaders(c, changes, now));
        List<TrendEvent> stored = new ArrayList<>();
        for (TrendEvent event : found) {
            if (events.insertIfAbsent(c, event)) {
                stored.add(event);
            }
        }
        return stored;
    }

    /**
     * The first mention of each tool without one: dated by the earliest publication among the tool's stored
     * articles when it is first seen (the batch's and any before it), not by arrival order. Events are
     * idempotent, so it is emitted once: an older article that arrives later does not move or repeat it.
     */
    private List<TrendEvent> firstMentions(Connection c, Set<String> tools, Instant now) throws SQLException {
        Set<String> known = events.existing(c, tools.stream().map(TrendDetector::firstMentionId).toList());
        List<TrendEvent> found = new ArrayList<>();
        for (String tool : tools) {
            if (known.contains(firstMentionId(tool))) {
                continue;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT t.article, t.published, a.title FROM article_tag t"
                    + " JOIN article a ON a.id = t.article WHERE t.tool = ? ORDER BY t.published, t.article LIMIT 1")) {
                s.setString(1, tool);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        String name = name(tool);
                        found.add(new TrendEvent(TrendEvent.SCHEMA, firstMentionId(tool), tool,
                                TrendEventType.FIRST_MENTION, Sql.instant(rs, "published"),
                                "First mention of " + name + ": " + rs.getString("title"), Map.of("articles", 1.0),
                                List.of(rs.getString("article")), now));
                    }
                }
            }
        }
        return found;
    }

    private List<TrendEvent> releases(Connection c, BatchChanges changes, Instant now) {
        List<TrendEvent> found = new ArrayList<>();
        for (BatchChanges.NewRelease r : changes.releases()) {
            // an undated release cannot say when it happened: a backfilled changelog would announce old versions
            if (r.prerelease() || r.published() == null || !catalog.isTrendTool(r.tool())) {
                continue;
            }
            found.add(new TrendEvent(TrendEvent.SCHEMA, "release:" + r.tool() + ":" + r.version(), r.tool(),
                    TrendEventType.RELEASE, r.published(), name(r.tool()) + " " + r.version() + " released",
                    Map.of(), List.of(r.article()), now));
        }
        return found;
    }

    static String firstMentionId(String tool) {
        return "first-mention:" + tool;
    }

    private String name(String tool) {
        return catalog.tool(tool).map(t -> t.name()).orElse(tool);
    }

    /** The ids of a tool's articles in [from, to], oldest first, at most limit of them. */
    static List<String> articles(Connection c, String tool, LocalDate from, LocalDate to, int limit)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT article FROM article_tag WHERE tool = ?"
                + " AND pub_day >= ? AND pub_day <= ? ORDER BY published, article LIMIT ?")) {
            s.setString(1, tool);
            Sql.setDate(s, 2, from);
            Sql.setDate(s, 3, to);
            s.setInt(4, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }
}
