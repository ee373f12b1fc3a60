package oxidation.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Fetches one URL politely and within bounds: conditional GET, redirects followed and checked hop by
 * hop, gzip and deflate decoded under a size cap, timeouts and a deadline, a few requests per host at
 * once. Never throws for a failed fetch: the outcome is a {@link FetchResult}. Thread-safe; share one.
 */
public final class Fetcher implements AutoCloseable {

    private final FetchConfig config;
    private final HttpClient client;
    private final AddressPolicy policy;
    private final HostGate gate;
    private final BodyReader bodies;
    private final ScheduledExecutorService timer;

    public Fetcher(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.policy = new AddressPolicy(config);
        this.gate = new HostGate(config.maxPerHost(), config.politeDelay());
        this.bodies = new BodyReader(config.maxBodyBytes());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** The configuration this fetcher runs with. */
    public FetchConfig config() {
        return config;
    }

    /**
     * Fetches a URL, sending the validators as a conditional GET. Blocks for at most the polite wait
     * at the host plus the configured deadline.
     */
    public FetchResult fetch(URI uri, Validators validators) {
        try {
            return follow(uri, validators == null ? Validators.NONE : validators);
        } catch (FetchException e) {
            return FetchResult.Failed.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.Failed.of("interrupted while fetching " + uri);
        }
    }

    private FetchResult follow(URI start, Validators validators) throws FetchException, InterruptedException {
        Set<URI> visited = new HashSet<>();
        URI current = start;
        long deadline = 0;
        for (int hop = 0; ; hop++) {
            if (!visited.add(withoutFragment(current))) {
                throw new FetchException("redirect loop: " + current + " was already visited from " + start);
            }
            Optional<String> refusal = policy.refusal(current);
            if (refusal.isPresent()) {
                throw new FetchException(refusal.get());
            }
            Step step;
            HostGate.Permit permit = gate.enter(current.getHost());
            try {
                deadline = hop == 0 ? System.nanoTime() + config.deadline().toNanos() : deadline;
                step = exchange(current, validators, deadline);
            } finally {
                permit.close();
            }
            if (step.redirect() == null) {
                return step.result();
            }
            if (hop >= config.maxRedirects()) {
                throw new FetchException("too many redirects (more than " + config.maxRedirects() + ") from " + start);
            }
            current = step.redirect();
        }
    }

    private Step exchange(URI uri, Validators validators, long deadline) throws FetchException, InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException("deadline of " + seconds(config.deadline()) + " passed before requesting " + uri);
        }
        HttpRequest request = request(uri, validators,
                Duration.ofNanos(Math.min(remaining, config.readTimeout().toNanos())));
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("could not connect to " + uri.getHost() + " within "
                    + seconds(config.connectTimeout()), e);
        } catch (HttpTimeoutException e) {
            throw new FetchException("no response from " + uri + " within " + seconds(request.timeout().orElseThrow()), e);
        } catch (ConnectException e) {
            throw new FetchException("could not connect to " + uri.getHost() + ": " + message(e), e);
        } catch (IOException e) {
            throw new FetchException("request to " + uri + " failed: " + message(e), e);
        }
        return respond(uri, response, deadline);
    }

    private Step respond(URI uri, HttpResponse<InputStream> response, long deadline) throws FetchException {
        int status = response.statusCode();
        var headers = response.headers();
        if (status >= 200 && status < 300) {
            return Step.of(body(uri, response, deadline));
        }
        discard(response.body());
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            String location = headers.firstValue("Location")
                    .orElseThrow(() -> new FetchException("HTTP " + status + " without a Location from " + uri));
            try {
                return new Step(null, uri.resolve(location.strip()));
            } catch (IllegalArgumentException e) {
                throw new FetchException("HTTP " + status + " to a malformed Location '" + location + "' from " + uri, e);
            }
        }
        if (status == 304) {
            return Step.of(new FetchResult.NotModified(Headers.maxAge(headers)));
        }
        Duration retryAfter = status == 429 || status == 503 ? Headers.retryAfter(headers, Instant.now()) : null;
        return Step.of(new FetchResult.Failed("HTTP " + status + " from " + uri
                + (retryAfter != null ? " (retry after " + seconds(retryAfter) + ")" : ""), retryAfter));
    }

    private FetchResult.Fetched body(URI uri, HttpResponse<InputStream> response, long deadline) throws FetchException {
        var headers = response.headers();
        String encoding = headers.firstValue("Content-Encoding").orElse(null);
        OptionalLong length = headers.firstValueAsLong("Content-Length");
        if (encoding == null && length.isPresent() && length.getAsLong() > config.maxBodyBytes()) {
            discard(response.body());
            throw new FetchException("body of " + length.getAsLong() + " bytes from " + uri + " is larger than "
                    + config.maxBodyBytes() + " bytes");
        }
        byte[] bytes;
        Watchdog watchdog = new Watchdog(timer, response.body(), config.readTimeout(), deadline);
        try (watchdog) {
            bytes = bodies.read(response.body(), encoding, watchdog::progress);
        } catch (IOException e) {
            String reason = watchdog.expired() != null ? watchdog.expired() : "reading the body failed: " + message(e);
            throw new FetchException(reason + " from " + uri, e);
        } catch (FetchException e) {
            discard(response.body());
            throw new FetchException(e.getMessage() + " from " + uri, e);
        }
        return new FetchResult.Fetched(bytes, headers.firstValue("Content-Type").orElse(null), uri,
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null),
                Headers.maxAge(headers));
    }

    private HttpRequest request(URI uri, Validators validators, Duration timeout) throws FetchException {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                    .header("User-Agent", config.userAgent())
                    .header("Accept", "application/atom+xml, application/rss+xml, application/feed+json, "
                            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                    .header("Accept-Encoding", "gzip, deflate");
            if (validators.etag() != null) {
                builder.header("If-None-Match", validators.etag());
            }
            if (validators.lastModified() != null) {
                builder.header("If-Modified-Since", validators.lastModified());
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("cannot request " + uri + ": " + e.getMessage(), e);
        }
    }

    private static void discard(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    private static URI withoutFragment(URI uri) {
        return uri.getFragment() == null ? uri : URI.create(uri.toString().substring(0, uri.toString().indexOf('#')));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        client.close();
    }

    private record Step(FetchResult result, URI redirect) {
        static Step of(FetchResult result) {
            return new Step(result, null);
        }
    }
}
