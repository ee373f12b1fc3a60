package oxidation.launcher.up;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline demo: the bundled changelogs of the tools (real release notes, packaged with the launcher)
 * served from a local HTTP server on 127.0.0.1, and a sources file that follows them.
 */
public final class DemoSources implements AutoCloseable {

    /**
     * Changelog files bundled under {@code demo/changelogs/}. Only changelogs that date every release:
     * the store counts an article without a date on the day it was fetched, so an undated history would
     * pile up on the day the demo runs instead of showing when the releases happened.
     */
    public static final List<String> FILES = List.of("uv.md", "uv-0.9.x.md", "uv-0.11.x.md", "ruff.md", "ruff-0.14.x.md",
            "ruff-0.15.x.md", "pyo3.md", "orjson.md", "pydantic.md", "setuptools-rust.md", "cryptography.rst");

    private static final Pattern TOOL = Pattern.compile("^([a-z0-9-]+?)(-\\d.*|-python)?\\.(md|rst)$");

    private final HttpServer server;

    private DemoSources(HttpServer server) {
        this.server = server;
    }

    static DemoSources start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/changelogs/", DemoSources::serve);
            http.start();
            return new DemoSources(http);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo server", e);
        }
    }

    /** Writes a sources file that follows every bundled changelog on this server, and returns it. */
    Path writeSourcesFile(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (String file : FILES) {
            String id = "demo-" + file.replaceAll("\\.(md|rst)$", "").replace('.', '-');
            yaml.append("  - id: ").append(id).append('\n')
                    .append("    url: http://127.0.0.1:").append(server.getAddress().getPort())
                    .append("/changelogs/").append(file).append('\n')
                    .append("    kind: changelog\n")
                    .append("    tool: ").append(toolOf(file)).append('\n')
                    .append("    pollInterval: PT1H\n");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("demo-sources.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    static String toolOf(String file) {
        Matcher m = TOOL.matcher(file.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a bundled changelog name: " + file);
        }
        return switch (m.group(1)) {
            case "pydantic" -> "pydantic-core";
            case "tokenizers" -> "tokenizers";
            default -> m.group(1);
        };
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/changelogs/".length());
        try (exchange; InputStream in = FILES.contains(name)
                ? DemoSources.class.getResourceAsStream("/demo/changelogs/" + name) : null) {
            if (in == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/markdown; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
