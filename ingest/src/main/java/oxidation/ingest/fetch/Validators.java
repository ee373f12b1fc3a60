package oxidation.ingest.fetch;

/**
 * The validators of a conditional GET: sent as {@code If-None-Match} and {@code If-Modified-Since}.
 *
 * @param etag the previous {@code ETag}, or null
 * @param lastModified the previous {@code Last-Modified}, or null
 */
public record Validators(String etag, String lastModified) {

    /** No validators: an unconditional GET. */
    public static final Validators NONE = new Validators(null, null);
}
