package oxidation.store.sink;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;
import oxidation.events.DeadLetter;
import oxidation.events.TaggedArticle;
import oxidation.store.db.Database;
import oxidation.store.trend.BatchChanges;
import oxidation.store.trend.TrendDetector;

/**
 * Writes one decoded batch in one transaction: articles, source statuses, the trend events they cause and
 * the consumer positions. When the articles fail as a whole, each is retried alone behind a savepoint and
 * the ones the database refuses become dead letters; those are handed over before the commit, so a crash
 * can repeat a dead letter but not lose one.
 */
final class BatchWriter {

    private final Database db;
    private final TrendDetector detector;
    private final OffsetStore offsets;
    private final Clock clock;
    private final SinkPhases phases;
    private final ArticleWriter articles;
    private final StatusWriter statuses = new StatusWriter();

    BatchWriter(Database db, TrendDetector detector, OffsetStore offsets, Clock clock, SinkPhases phases) {
        this.db = db;
        this.detector = detector;
        this.offsets = offsets;
        this.clock = clock;
        this.phases = phases;
        this.articles = new ArticleWriter(phases);
    }

    /**
     * Writes the batch; deadLetters receives every record given up on (the batch's own and the refused ones)
     * just before the commit.
     */
    void write(Batch batch, Map<TopicPartition, Long> expected, Consumer<List<DeadLetter>> deadLetters)
            throws SQLException {
        Instant now = clock.instant();
        // the transaction's work answers when it ended, so what follows until the call returns is the commit
        long workDone = db.inWriteTransaction(c -> {
            List<DeadLetter> letters = new ArrayList<>(batch.deadLetters);
            BatchChanges changes = writeArticles(c, batch, letters, now);
            long eventsStarted = System.nanoTime();
            statuses.write(c, batch.statuses, now);
            detector.detect(c, changes, now);
            offsets.save(c, batch.next, expected);
            phases.events().record(System.nanoTime() - eventsStarted, TimeUnit.NANOSECONDS);
            deadLetters.accept(letters);
            return System.nanoTime();
        });
        phases.commit().record(System.nanoTime() - workDone, TimeUnit.NANOSECONDS);
    }

    private BatchChanges writeArticles(Connection c, Batch batch, List<DeadLetter> letters, Instant now)
            throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            return articles.write(c, batch.latest);
        } catch (SQLException e) {
            if (isOutage(e) || !db.ping()) {
                throw e;
            }
            c.rollback(before);
            return oneByOne(c, batch, letters, now);
        }
    }

    private BatchChanges oneByOne(Connection c, Batch batch, List<DeadLetter> letters, Instant now)
            throws SQLException {
        Map<String, Set<LocalDate>> toolDays = new HashMap<>();
        List<BatchChanges.NewRelease> releases = new ArrayList<>();
        for (var entry : batch.latest.entrySet()) {
            Savepoint before = c.setSavepoint();
            Map<String, TaggedArticle> one = new HashMap<>();
            one.put(entry.getKey(), entry.getValue());
            try {
                BatchChanges changes = articles.write(c, one);
                changes.toolDays().forEach((tool, days) -> toolDays.computeIfAbsent(tool, t -> new TreeSet<>())
                        .addAll(days));
                releases.addAll(changes.releases());
            } catch (SQLException e) {
                if (isOutage(e) || !db.ping()) {
                    throw e;
                }
                c.rollback(before);
                letters.add(Batch.deadLetter(batch.records.get(entry.getKey()),
                        "the database refused the article (SQL state " + e.getSQLState() + ")", now));
            }
        }
        return new BatchChanges(toolDays, releases);
    }

    private static boolean isOutage(SQLException e) {
        return e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || (e.getSQLState() != null && e.getSQLState().startsWith("08"));
    }
}
