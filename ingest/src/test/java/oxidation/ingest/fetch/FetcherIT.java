package oxidation.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import oxidation.testkit.TestHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherIT {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private final TestHttpServer server = TestHttpServer.start();
    private final CountDownLatch release = new CountDownLatch(1);
    private final FetchConfig config = FetchConfig.defaults(Set.of("127.0.0.1"))
            .withMaxBodyBytes(1024 * 1024)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3))
            .withPoliteDelay(Duration.ZERO);
    private final Fetcher fetcher = new Fetcher(config);

    @AfterEach
    void stop() {
        release.countDown();
        fetcher.close();
        server.close();
    }

    @Test
    void sendsValidatorsAndGetsNotModifiedOnTheSecondPoll() {
        server.route("/feed.xml", exchange -> {
            String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Sun, 01 Jun 2025 10:00:00 GMT");
            exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
            TestHttpServer.respond(exchange, "\"v1\"".equals(etag) ? 304 : 200, "application/rss+xml",
                    "\"v1\"".equals(etag) ? new byte[0] : FEED);
        });
        FetchResult first = fetcher.fetch(server.uri("/feed.xml"), Validators.NONE);
        assertThat(first).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> {
            assertThat(f.body()).isEqualTo(FEED);
            assertThat(f.contentType()).isEqualTo("application/rss+xml");
            assertThat(f.validators()).isEqualTo(new Validators("\"v1\"", "Sun, 01 Jun 2025 10:00:00 GMT"));
            assertThat(f.maxAge()).isEqualTo(Duration.ofMinutes(5));
        });
        FetchResult second = fetcher.fetch(server.uri("/feed.xml"), ((FetchResult.Fetched) first).validators());
        assertThat(second).isEqualTo(new FetchResult.NotModified(Duration.ofMinutes(5)));
    }

    @Test
    void reportsTooManyRequestsWithRetryAfter() {
        server.route("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            TestHttpServer.respond(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(fetcher.fetch(server.uri("/busy"), Validators.NONE)).isEqualTo(new FetchResult.Failed(
                "HTTP 429 from " + server.uri("/busy") + " (retry after 120 s)", Duration.ofMinutes(2)));
    }

    @Test
    void reportsServerErrors() {
        server.route("/broken", exchange -> TestHttpServer.respond(exchange, 500, "text/plain", new byte[] {'x'}));
        assertThat(fetcher.fetch(server.uri("/broken"), Validators.NONE))
                .isEqualTo(FetchResult.Failed.of("HTTP 500 from " + server.uri("/broken")));
        assertThat(fetcher.fetch(server.uri("/nowhere"), Validators.NONE))
                .isEqualTo(FetchResult.Failed.of("HTTP 404 from " + server.uri("/nowhere")));
    }

    @Test
    void followsARedirectChainAndReportsWhereTheBodyCameFrom() {
        redirect("/r1", "/r2");
        redirect("/r2", server.uri("/r3").toString());
        redirect("/r3", "feed.xml");
        server.route("/feed.xml", exchange -> TestHttpServer.respond(exchange, 200, "application/xml", FEED));
        assertThat(fetcher.fetch(server.uri("/r1"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Fetched.class,
                        f -> assertThat(f.uri()).isEqualTo(server.uri("/feed.xml")));
    }

    @Test
    void stopsAfterFiveRedirects() {
        for (int i = 0; i < 7; i++) {
            redirect("/hop" + i, "/hop" + (i + 1));
        }
        assertThat(fetcher.fetch(server.uri("/hop0"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("too many redirects (more than 5)"));
        assertThat(server.hits("/hop6")).isZero();
    }

    @Test
    void detectsARedirectLoop() {
        redirect("/a", "/b");
        redirect("/b", "/a");
        assertThat(fetcher.fetch(server.uri("/a"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("redirect loop: " + server.uri("/a")));
        assertThat(server.hits("/a")).isEqualTo(1);
    }

    @Test
    void neverRequestsARefusedAddressReachedByRedirect() {
        server.text("/secret", "internal", "text/plain");
        redirect("/to-localhost", "http://localhost:" + server.port() + "/secret");
        redirect("/to-v6-loopback", "http://[::1]:" + server.port() + "/secret");
        redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        redirect("/to-file", "file:///etc/passwd");
        for (String path : List.of("/to-localhost", "/to-v6-loopback", "/to-metadata", "/to-file")) {
            assertThat(fetcher.fetch(server.uri(path), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failed.class,
                    f -> assertThat(f.reason()).startsWith("refused: "));
        }
        assertThat(fetcher.fetch(URI.create("http://localhost:" + server.port() + "/secret"), Validators.NONE))
                .isInstanceOf(FetchResult.Failed.class);
        assertThat(server.hits("/secret")).isZero();
    }

    @Test
    void givesUpOnATrickleAtTheDeadline() {
        server.route("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            while (!pause(Duration.ofMillis(200))) {
                out.write('x');
                out.flush();
            }
        });
        long start = System.nanoTime();
        assertThat(fetcher.fetch(server.uri("/trickle"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("deadline passed while reading the body from "
                        + server.uri("/trickle")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5));
    }

    @Test
    void givesUpOnABodyThatStalls() {
        server.route("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(FEED, 0, 10);
            exchange.getResponseBody().flush();
            pause(Duration.ofSeconds(30));
        });
        Fetcher patient = new Fetcher(config.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500),
                Duration.ofSeconds(20)));
        try (patient) {
            assertThat(patient.fetch(server.uri("/stall"), Validators.NONE)).isEqualTo(FetchResult.Failed.of(
                    "no data for 500 ms while reading the body from " + server.uri("/stall")));
        }
    }

    @Test
    void givesUpOnHeadersThatNeverCome() {
        server.route("/silent", exchange -> pause(Duration.ofSeconds(30)));
        assertThat(fetcher.fetch(server.uri("/silent"), Validators.NONE)).isEqualTo(FetchResult.Failed.of(
                "no response from " + server.uri("/silent") + " within 2 s"));
    }

    @Test
    void refusesAnOversizedBodyByItsLengthOrWhileStreaming() {
        server.route("/declared", exchange -> {
            exchange.sendResponseHeaders(200, 20_000_000);
            exchange.getResponseBody().write(FEED);
            exchange.getResponseBody().flush();
            pause(Duration.ofSeconds(30));
        });
        server.route("/streamed", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 64; i++) {
                exchange.getResponseBody().write(chunk);
            }
        });
        assertThat(fetcher.fetch(server.uri("/declared"), Validators.NONE)).isEqualTo(FetchResult.Failed.of(
                "body of 20000000 bytes from " + server.uri("/declared") + " is larger than 1048576 bytes"));
        assertThat(fetcher.fetch(server.uri("/streamed"), Validators.NONE)).isEqualTo(FetchResult.Failed.of(
                "body larger than 1048576 bytes from " + server.uri("/streamed")));
    }

    @Test
    void decodesGzipAndStopsAGzipBomb() throws IOException {
        byte[] feed = BodyReaderTest.gzip(FEED);
        byte[] bomb = BodyReaderTest.gzip(new byte[256 * 1024 * 1024]);
        server.route("/gzip", exchange -> gzipped(exchange, feed));
        server.route("/bomb", exchange -> gzipped(exchange, bomb));
        assertThat(fetcher.fetch(server.uri("/gzip"), Validators.NONE)).isInstanceOfSatisfying(
                FetchResult.Fetched.class, f -> assertThat(f.body()).isEqualTo(FEED));
        assertThat(fetcher.fetch(server.uri("/bomb"), Validators.NONE)).isEqualTo(FetchResult.Failed.of(
                "body larger than 1048576 bytes after gzip decoding from " + server.uri("/bomb")));
    }

    @Test
    void reportsAConnectionRefused() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThat(fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/feed"), Validators.NONE))
                .isInstanceOfSatisfying(FetchResult.Failed.class,
                        f -> assertThat(f.reason()).startsWith("could not connect to 127.0.0.1"));
    }

    @Test
    void runsAtMostTwoRequestsAtOnceAgainstOneHost() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.route("/held", exchange -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            pause(Duration.ofMillis(150));
            running.decrementAndGet();
            TestHttpServer.respond(exchange, 200, "text/xml", FEED);
        });
        List<CompletableFuture<FetchResult>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(CompletableFuture.supplyAsync(() -> fetcher.fetch(server.uri("/held"), Validators.NONE)));
        }
        assertThat(all).allSatisfy(f -> assertThat(f.join()).isInstanceOf(FetchResult.Fetched.class));
        assertThat(most.get()).isEqualTo(2);
    }

    private void redirect(String from, String to) {
        server.route(from, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            TestHttpServer.respond(exchange, 302, null, new byte[0]);
        });
    }

    private static void gzipped(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        TestHttpServer.respond(exchange, 200, "application/xml", body);
    }

    /** Holds a server thread for a while or until the test ends; true once the test has ended. */
    private boolean pause(Duration d) {
        try {
            return release.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
