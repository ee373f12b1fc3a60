package oxidation.launcher.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import oxidation.events.ArticleId;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.testkit.TestHttpServer;

/**
 * Feeds that grow at a steady rate while the load runs: entry k appears at {@code k / rate} seconds, each
 * naming orjson, so all of them show in one tool's article list. Remembers when each entry was first
 * served: the moment ingest fetched it.
 */
final class LiveFeeds implements AutoCloseable {

    private static final int NEWEST = 200;

    private final TestHttpServer server = TestHttpServer.start();
    private final int feeds;
    private final double rate;
    private final long stopAfter;
    private final List<List<String>> urls = new ArrayList<>();
    private final Map<String, Long> firstServed = new ConcurrentHashMap<>();
    private volatile long startNanos;

    LiveFeeds(int feeds, double ratePerSecond, java.time.Duration duration) {
        this.feeds = feeds;
        this.rate = ratePerSecond;
        this.stopAfter = (long) (ratePerSecond * duration.toSeconds());
        for (int f = 0; f < feeds; f++) {
            urls.add(new CopyOnWriteArrayList<>());
            int feed = f;
            server.route("/live/" + f + ".rss", exchange -> TestHttpServer.respond(exchange, 200, "application/rss+xml",
                    rss(feed).getBytes(StandardCharsets.UTF_8)));
        }
    }

    void start() {
        startNanos = System.nanoTime();
    }

    List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (int f = 0; f < feeds; f++) {
            sources.add(Source.of("live-" + f, server.uri("/live/" + f + ".rss").toString(), SourceKind.FEED, null));
        }
        return sources;
    }

    /** How many entries exist by now. */
    long published() {
        if (startNanos == 0) {
            return 0;
        }
        return Math.min(stopAfter, (long) ((System.nanoTime() - startNanos) / 1e9 * rate));
    }

    long total() {
        return stopAfter;
    }

    /** Article id to the nano time it was first served. */
    Map<String, Long> firstServed() {
        return firstServed;
    }

    private synchronized String rss(int feed) {
        long now = System.nanoTime();
        long visible = published();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>live ").append(feed).append("</title><link>").append(server.uri("/"))
                .append("</link><description>load</description>\n");
        long from = Math.max(feed, visible - (long) NEWEST * feeds);
        for (long k = visible - 1; k >= from; k--) {
            if (k % feeds != feed) {
                continue;
            }
            String url = server.uri("/live/posts/" + k).toString();
            firstServed.putIfAbsent(ArticleId.of(url), now);
            Instant published = Instant.parse("2026-01-05T00:00:00Z").plusSeconds(k);
            xml.append("<item><title>Load entry ").append(k).append("</title><link>").append(url)
                    .append("</link><guid>").append(url).append("</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atZone(ZoneOffset.UTC)))
                    .append("</pubDate><description>We switched to orjson and our JSON encoding got five times faster."
                            + " Entry ").append(k).append(".</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
