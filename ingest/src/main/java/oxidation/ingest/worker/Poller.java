package oxidation.ingest.worker;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.events.SourceStatus;
import oxidation.ingest.feed.FeedException;
import oxidation.ingest.feed.ParsedFeed;
import oxidation.ingest.feed.SourceReader;
import oxidation.ingest.fetch.FetchResult;
import oxidation.ingest.fetch.Fetcher;
import oxidation.ingest.fetch.Validators;

/**
 * One poll of one source: fetch, parse, publish the new and changed articles and wait for their
 * acknowledgement, then publish the source's new status. A crash between the two re-publishes on the
 * next poll rather than loses. Thread-safe; polls of different sources run at once.
 */
final class Poller {

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final int MAX_NESTED_SITEMAPS = 50;
    private static final Duration BACKLOG_WAIT = Duration.ofMinutes(1);

    private final Fetcher fetcher;
    private final PageText pages;
    private final ArticleSink sink;
    private final WorkerConfig config;
    private final Clock clock;
    private final RandomGenerator random;

    Poller(Fetcher fetcher, ArticleSink sink, WorkerConfig config, Clock clock, RandomGenerator random) {
        this.fetcher = fetcher;
        this.pages = new PageText(fetcher);
        this.sink = sink;
        this.config = config;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Polls a source and publishes what it found and its status.
     *
     * @param stop true once the poll should leave remaining pages for later (the source is moving away)
     * @return the status published
     */
    SourceStatus poll(Source source, SourceStatus previous, BooleanSupplier stop) {
        Instant now = clock.instant();
        SourceStatus next = outcome(source, previous, now, stop);
        sink.status(next);
        if (Statuses.changed(previous, next)) {
            if (next.healthy()) {
                LOG.info("source {} is healthy again ({} entries seen)", source.id(), next.entriesSeen());
            } else {
                LOG.warn("source {} is unhealthy: {} (next try at {})", source.id(), next.lastError(), next.nextPoll());
            }
        }
        return next;
    }

    private SourceStatus outcome(Source source, SourceStatus previous, Instant now, BooleanSupplier stop) {
        URI uri;
        try {
            uri = new URI(source.url());
        } catch (URISyntaxException e) {
            return failed(source, previous, now, "not a valid URL: " + e.getMessage(), null);
        }
        Validators validators = new Validators(previous.etag(), previous.lastModified());
        return switch (fetcher.fetch(uri, validators)) {
            case FetchResult.Fetched f -> read(source, previous, f, now, stop);
            case FetchResult.NotModified n -> Statuses.succeeded(previous, source, now, validators, previous.seen(),
                    Statuses.nextAfterSuccess(now, interval(source), n.maxAge(), null));
            case FetchResult.Failed x -> failed(source, previous, now, x.reason(), x.retryAfter());
        };
    }

    private SourceStatus read(Source source, SourceStatus previous, FetchResult.Fetched f, Instant now,
            BooleanSupplier stop) {
        ParsedFeed feed;
        try {
            feed = SourceReader.read(source, f.body(), f.contentType(), f.uri(), now);
        } catch (FeedException e) {
            return failed(source, previous, now, "cannot read " + f.uri() + " as " + source.kind().wireName() + ": "
                    + e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.error("the {} reader failed on {}", source.kind().wireName(), f.uri(), e);
            return failed(source, previous, now, "reading " + f.uri() + " failed: " + e, null);
        }
        Batch batch = new Batch(source, previous.seen(), now, pages, sink.articlesTopic(), config.fetchPages(),
                config.maxPagesPerPoll(), stop);
        batch.entries(feed.articles());
        if (source.kind() == SourceKind.SITEMAP) {
            batch.pages(sitemapPages(source, feed, now));
        }
        batch.rejected(feed.rejected());
        sink.publish(batch.articles(), batch.deadLetters());
        if (!batch.articles().isEmpty() || !batch.deadLetters().isEmpty()) {
            LOG.info("source {}: published {} articles, {} dead letters{}", source.id(), batch.articles().size(),
                    batch.deadLetters().size(), batch.backlog() ? ", more next poll" : "");
        }
        var seen = SeenEntries.after(previous.seen(), batch.updates(), batch.present());
        if (batch.backlog()) {
            Duration wait = interval(source).compareTo(BACKLOG_WAIT) < 0 ? interval(source) : BACKLOG_WAIT;
            return Statuses.succeeded(previous, source, now, Validators.NONE, seen, now.plus(wait));
        }
        return Statuses.succeeded(previous, source, now, f.validators(), seen,
                Statuses.nextAfterSuccess(now, interval(source), f.maxAge(), feed.ttl()));
    }

    private List<URI> sitemapPages(Source source, ParsedFeed feed, Instant now) {
        if (!feed.pagesAreSitemaps()) {
            return feed.pages();
        }
        List<URI> listed = new ArrayList<>();
        for (URI nested : feed.pages().subList(0, Math.min(feed.pages().size(), MAX_NESTED_SITEMAPS))) {
            if (fetcher.fetch(nested, Validators.NONE) instanceof FetchResult.Fetched f) {
                try {
                    ParsedFeed inner = SourceReader.read(source, f.body(), f.contentType(), f.uri(), now);
                    listed.addAll(inner.pagesAreSitemaps() ? List.of() : inner.pages());
                } catch (FeedException | RuntimeException e) {
                    LOG.warn("source {}: skipping nested sitemap {}: {}", source.id(), nested, e.getMessage());
                }
            }
        }
        return listed;
    }

    private SourceStatus failed(Source source, SourceStatus previous, Instant now, String reason, Duration retryAfter) {
        Duration wait = config.backoff().delay(previous.consecutiveFailures() + 1, retryAfter, random);
        return Statuses.failed(previous, source, now, reason, now.plus(wait));
    }

    private Duration interval(Source source) {
        return source.pollInterval() != null ? source.pollInterval() : config.defaultPollInterval();
    }
}
