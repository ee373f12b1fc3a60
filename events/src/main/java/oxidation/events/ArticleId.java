package oxidation.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids: the first 128 bits of the SHA-256 of the {@link CanonicalUrl canonical URL}, in hex.
 * Re-fetching, re-classifying and replaying an article always give it the same id.
 */
public final class ArticleId {

    private ArticleId() {
    }

    /** The id of the article at this URL (any form; it is canonicalized first). */
    public static String of(String url) {
        return ofCanonical(CanonicalUrl.of(url));
    }

    /** The id of an article whose URL is already canonical. */
    public static String ofCanonical(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
