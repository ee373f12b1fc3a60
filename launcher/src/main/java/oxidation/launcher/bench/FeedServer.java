package oxidation.launcher.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Feeds served from 127.0.0.1 whose items can be added while the pipeline runs; it notes when an item was
 * first served, which is when ingest fetched it.
 */
final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
    private final Map<String, List<String>> items = new ConcurrentHashMap<>();
    private final Map<String, Long> firstServed = new ConcurrentHashMap<>();

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    static FeedServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FeedServer feeds = new FeedServer(http);
            http.createContext("/feeds/", feeds::serve);
            http.setExecutor(feeds.threads);
            http.start();
            return feeds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the feed server", e);
        }
    }

    /** The URL of a feed (empty until items are added). */
    String url(String feed) {
        items.computeIfAbsent(feed, f -> new CopyOnWriteArrayList<>());
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/" + feed + ".xml";
    }

    /** Adds an RSS item, noted by its link, to a feed. */
    void add(String feed, String link, String itemXml) {
        items.computeIfAbsent(feed, f -> new CopyOnWriteArrayList<>()).add(link + "\n" + itemXml);
    }

    /** When the item with this link was first served ({@link System#nanoTime()}), or null. */
    Long firstServed(String link) {
        return firstServed.get(link);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String feed = path.substring("/feeds/".length()).replaceAll("\\.xml$", "");
            List<String> list = items.get(feed);
            if (list == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            long now = System.nanoTime();
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                    + "<channel><title>").append(feed).append("</title><link>http://127.0.0.1/</link>"
                    + "<description>bench</description>\n");
            for (String item : list) {
                int newline = item.indexOf('\n');
                firstServed.putIfAbsent(item.substring(0, newline), now);
                xml.append(item, newline + 1, item.length()).append('\n');
            }
            byte[] body = xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
