package oxidation.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** What one fetch gave: a body, a confirmation that nothing changed, or a failure with its reason. */
public sealed interface FetchResult {

    /**
     * A body, decoded and within the size cap.
     *
     * @param contentType the {@code Content-Type} header, or null
     * @param uri where the body came from, after redirects
     * @param etag the {@code ETag} header, or null
     * @param lastModified the {@code Last-Modified} header, or null
     * @param maxAge the {@code Cache-Control: max-age}, or null
     */
    record Fetched(byte[] body, String contentType, URI uri, String etag, String lastModified, Duration maxAge)
            implements FetchResult {
        public Fetched {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(uri, "uri");
        }

        /** The validators to send on the next conditional request for this resource. */
        public Validators validators() {
            return new Validators(etag, lastModified);
        }
    }

    /** The server said the resource has not changed since the validators sent. */
    record NotModified(Duration maxAge) implements FetchResult {
    }

    /**
     * The fetch failed.
     *
     * @param reason one line a person can act on
     * @param retryAfter how long the server asked us to wait ({@code Retry-After}), or null
     */
    record Failed(String reason, Duration retryAfter) implements FetchResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }

        static Failed of(String reason) {
            return new Failed(reason, null);
        }
    }
}
