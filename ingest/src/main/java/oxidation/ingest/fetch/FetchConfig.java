package oxidation.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the fetcher behaves: caps, timeouts, politeness and the hosts re-opened despite their address.
 *
 * @param allowHosts hosts fetched even when their address is loopback, private or link-local, matched
 *     against the host as written in the URL ({@code 127.0.0.1}, {@code localhost}, {@code ::1})
 * @param maxBodyBytes the largest body accepted, counted after decompression
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the response headers, and for each part of the body
 * @param deadline how long one fetch may take in all, redirects included
 * @param maxRedirects how many redirects are followed
 * @param maxPerHost how many requests run at once against one host
 * @param politeDelay the least time between the starts of two requests to one host
 * @param userAgent the {@code User-Agent} header
 */
public record FetchConfig(Set<String> allowHosts, long maxBodyBytes, Duration connectTimeout, Duration readTimeout,
        Duration deadline, int maxRedirects, int maxPerHost, Duration politeDelay, String userAgent) {

    /** 15 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 15L * 1024 * 1024;

    public FetchConfig {
        allowHosts = Set.copyOf(Objects.requireNonNull(allowHosts, "allowHosts")).stream()
                .map(FetchConfig::normalizeHost).collect(Collectors.toUnmodifiableSet());
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(deadline, "deadline");
        Objects.requireNonNull(politeDelay, "politeDelay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBodyBytes < 1 || maxRedirects < 0 || maxPerHost < 1 || politeDelay.isNegative()) {
            throw new IllegalArgumentException("maxBodyBytes and maxPerHost must be positive, maxRedirects and "
                    + "politeDelay not negative");
        }
    }

    /** The defaults: 15 MiB, 10 s to connect, 20 s to read, 60 s in all, 5 redirects, 2 per host 1 s apart. */
    public static FetchConfig defaults(Set<String> allowHosts) {
        return new FetchConfig(allowHosts, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(60), 5, 2, Duration.ofSeconds(1),
                "oxidation-ingest/0.1 (a news tracker of Python tools rebuilt in Rust)");
    }

    /** The same configuration with another body cap. */
    public FetchConfig withMaxBodyBytes(long bytes) {
        return new FetchConfig(allowHosts, bytes, connectTimeout, readTimeout, deadline, maxRedirects, maxPerHost,
                politeDelay, userAgent);
    }

    /** The same configuration with other timeouts. */
    public FetchConfig withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchConfig(allowHosts, maxBodyBytes, connect, read, total, maxRedirects, maxPerHost, politeDelay,
                userAgent);
    }

    /** The same configuration with another polite delay between requests to one host. */
    public FetchConfig withPoliteDelay(Duration delay) {
        return new FetchConfig(allowHosts, maxBodyBytes, connectTimeout, readTimeout, deadline, maxRedirects,
                maxPerHost, delay, userAgent);
    }

    boolean allows(String host) {
        return host != null && allowHosts.contains(normalizeHost(host));
    }

    static String normalizeHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
