package oxidation.ingest.worker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import oxidation.events.RawArticle;

/**
 * Which entries of a fetch are new or changed: the source's status keeps, per article id, a hash of the
 * entry's content as the feed gave it; an entry is published again only when that hash changes.
 */
final class SeenEntries {

    /** The most ids a source's status keeps, so it stays well under a Kafka record's size limit. */
    static final int MAX = 8000;
    private static final String REJECTED = "rejected:";

    private SeenEntries() {
    }

    /** A short hash of what a reader sees of an entry; the fetch time is left out. */
    static String hash(RawArticle a) {
        return digest(a.url(), a.kind().name(), a.title(), a.author(), Objects.toString(a.published(), null),
                Objects.toString(a.updated(), null), a.summary(), a.text(), a.language(),
                Objects.toString(a.release(), null));
    }

    /** The entries whose id is unseen or whose hash changed, one per id (the last wins), in feed order. */
    static List<RawArticle> fresh(List<RawArticle> articles, Map<String, String> seen) {
        Map<String, RawArticle> byId = new LinkedHashMap<>();
        for (RawArticle a : articles) {
            byId.remove(a.id());
            byId.put(a.id(), a);
        }
        return byId.values().stream().filter(a -> !hash(a).equals(seen.get(a.id()))).toList();
    }

    /** The key under which a rejected entry is remembered, so it goes to the dead letters only once. */
    static String rejectedKey(String entryRef, String reason) {
        return REJECTED + digest(entryRef, reason);
    }

    /**
     * The seen map after a poll: the old one with the updates; when it grows past {@link #MAX}, only
     * the keys still present in the source are kept, and past that an arbitrary {@link #MAX} of them.
     */
    static Map<String, String> after(Map<String, String> seen, Map<String, String> updates, Set<String> present) {
        Map<String, String> next = new HashMap<>(seen);
        next.putAll(updates);
        if (next.size() > MAX) {
            next.keySet().retainAll(present);
            if (next.size() > MAX) {
                List<String> keys = new ArrayList<>(next.keySet());
                keys.subList(MAX, keys.size()).forEach(next::remove);
            }
        }
        return next;
    }

    private static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part == null ? new byte[] {0} : (part + "\u0001").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
