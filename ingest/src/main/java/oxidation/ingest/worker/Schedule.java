package oxidation.ingest.worker;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oxidation.events.Source;
import oxidation.events.SourceStatus;

/**
 * The sources this worker owns, their statuses and the polls in flight. The consumer thread adds and
 * removes sources; poll threads record statuses. Thread-safe.
 */
final class Schedule {

    private static final Logger LOG = LoggerFactory.getLogger(Schedule.class);

    private final Map<String, Owned> owned = new ConcurrentHashMap<>();
    private final Map<String, SourceStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final Set<String> leaving = ConcurrentHashMap.newKeySet();

    record Owned(Source source, TopicPartition partition) {
    }

    /** Owns a source, with its status: the one in memory if any, else the restored one, else a fresh one. */
    void own(Source source, TopicPartition partition, SourceStatus restored) {
        owned.put(source.id(), new Owned(source, partition));
        leaving.remove(source.id());
        statuses.compute(source.id(), (id, known) -> Statuses.forSource(known != null ? known : restored, source));
    }

    /** Stops owning a source (after its poll in flight, if any); returns true when it was owned. */
    boolean drop(String sourceId, long waitMillis) {
        leaving.add(sourceId);
        boolean was = owned.remove(sourceId) != null;
        awaitPoll(sourceId, waitMillis);
        statuses.remove(sourceId);
        return was;
    }

    /** Stops owning every source of these partitions, each after its poll in flight. */
    void dropPartitions(Collection<TopicPartition> partitions, long waitMillis) {
        List<String> ids = owned.entrySet().stream().filter(e -> partitions.contains(e.getValue().partition()))
                .map(Map.Entry::getKey).toList();
        ids.forEach(leaving::add);
        ids.forEach(id -> drop(id, waitMillis));
    }

    /** The owned sources due now whose partitions are caught up and which are not being polled. */
    List<Owned> due(Instant now, Set<TopicPartition> catchingUp) {
        return owned.values().stream()
                .filter(o -> !catchingUp.contains(o.partition()) && !inFlight.containsKey(o.source().id()))
                .filter(o -> {
                    SourceStatus s = statuses.get(o.source().id());
                    return s != null && (s.nextPoll() == null || !s.nextPoll().isAfter(now));
                }).toList();
    }

    SourceStatus status(String sourceId) {
        return statuses.get(sourceId);
    }

    /** Records a status when the source is still owned. */
    void record(SourceStatus status) {
        statuses.computeIfPresent(status.sourceId(), (id, old) -> owned.containsKey(id) ? status : old);
    }

    /** Marks a poll as started; the returned future completes when {@link #finished} is called. */
    CompletableFuture<Void> started(String sourceId) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        inFlight.put(sourceId, done);
        return done;
    }

    void finished(String sourceId, CompletableFuture<Void> done) {
        inFlight.remove(sourceId, done);
        done.complete(null);
    }

    /** True once a poll of this source should stop early: the source is leaving this worker. */
    boolean isLeaving(String sourceId) {
        return leaving.contains(sourceId);
    }

    Set<String> ownedIds() {
        return Set.copyOf(owned.keySet());
    }

    /** Waits for every poll in flight. */
    void awaitAll(long waitMillis) {
        List.copyOf(inFlight.keySet()).forEach(id -> awaitPoll(id, waitMillis));
    }

    private void awaitPoll(String sourceId, long waitMillis) {
        CompletableFuture<Void> poll = inFlight.get(sourceId);
        if (poll == null) {
            return;
        }
        try {
            poll.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("poll of source {} did not finish within {} ms; moving on", sourceId, waitMillis);
        }
    }
}
