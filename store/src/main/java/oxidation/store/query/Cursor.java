package oxidation.store.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where a page of articles ends: the publication time and id of its last article, as an opaque string. */
public record Cursor(Instant published, String article) {

    /** The opaque form handed to clients. */
    public String encode() {
        String plain = published.getEpochSecond() + ":" + published.getNano() + ":" + article;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of an opaque string; IllegalArgumentException when it is not one. */
    public static Cursor parse(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this API: use the 'next' of the previous page", e);
        }
    }
}
