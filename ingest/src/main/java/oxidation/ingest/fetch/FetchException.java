package oxidation.ingest.fetch;

/** A fetch that cannot go on, with the one-line reason that becomes {@link FetchResult.Failed#reason()}. */
final class FetchException extends Exception {

    FetchException(String reason) {
        super(reason);
    }

    FetchException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
