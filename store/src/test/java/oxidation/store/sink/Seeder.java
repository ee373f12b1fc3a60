package oxidation.store.sink;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxidation.events.TaggedArticle;
import oxidation.store.db.Database;
import oxidation.store.trend.TrendDetector;

/** Writes articles straight into a store database, as the sink does, for tests that need no broker. */
public final class Seeder {

    private final Database db;
    private final TrendDetector detector;
    private final ArticleWriter writer = new ArticleWriter();

    public Seeder(Database db, TrendDetector detector) {
        this.db = db;
        this.detector = detector;
    }

    /** Writes the articles in one transaction, with their trend events; returns the new events' count. */
    public int write(List<TaggedArticle> articles, Instant now) throws SQLException {
        Map<String, TaggedArticle> latest = new LinkedHashMap<>();
        articles.forEach(a -> latest.put(a.id(), a));
        return db.inWriteTransaction(c -> detector.detect(c, writer.write(c, latest), now).size());
    }

    /** Stores source statuses as the sink does. */
    public void statuses(List<oxidation.events.SourceStatus> statuses, Instant now) throws SQLException {
        db.inTransaction(c -> {
            new StatusWriter().write(c, statuses.stream()
                    .map(s -> Map.entry(s.sourceId(), s)).toList(), now);
            return null;
        });
    }

    /** Deletes an article, as a tombstone does. */
    public void delete(String id) throws SQLException {
        Map<String, TaggedArticle> latest = new LinkedHashMap<>();
        latest.put(id, null);
        db.inTransaction(c -> writer.write(c, latest));
    }
}
