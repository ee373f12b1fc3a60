package oxidation.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 for tests: routes answer with files, text or any handler, and every
 * path's hits are counted (also for paths with no route, which answer 404).
 */
public final class TestHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private TestHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static TestHttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestHttpServer test = new TestHttpServer(http);
            http.createContext("/", test::dispatch);
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            http.start();
            return test;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test HTTP server", e);
        }
    }

    /** Routes a path to a handler; a later route for the same path replaces it. */
    public TestHttpServer route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Serves a file's bytes with a content type. */
    public TestHttpServer file(String path, Path file, String contentType) {
        return route(path, exchange -> {
            byte[] body = Files.readAllBytes(file);
            respond(exchange, 200, contentType, body);
        });
    }

    /** Serves text with a content type. */
    public TestHttpServer text(String path, String body, String contentType) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return route(path, exchange -> respond(exchange, 200, contentType, bytes));
    }

    /** The absolute URI of a path on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The server's port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** How many requests reached a path. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** Writes a complete response. */
    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        HttpHandler handler = routes.get(path);
        try {
            if (handler == null) {
                respond(exchange, 404, "text/plain", ("no route " + path).getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
