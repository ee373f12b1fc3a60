package oxidation.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.RawArticle;

class SeenEntriesTest {

    private static RawArticle article(String url, String title, Instant fetched) {
        return new RawArticle(1, ArticleId.of(url), url, CanonicalUrl.of(url), "blog", ArticleKind.POST, title, null,
                Instant.parse("2025-01-02T03:04:05Z"), null, fetched, "summary", null, "en", null);
    }

    @Test
    void anEntryIsFreshUntilPublishedAndAgainWhenItsContentChanges() {
        RawArticle a = article("https://x.org/a", "uv 0.5", Instant.EPOCH);
        RawArticle b = article("https://x.org/b", "ruff 0.8", Instant.EPOCH);
        Map<String, String> seen = Map.of(a.id(), SeenEntries.hash(a));
        assertThat(SeenEntries.fresh(List.of(a, b), seen)).containsExactly(b);
        RawArticle refetched = article("https://x.org/a", "uv 0.5", Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(SeenEntries.fresh(List.of(refetched), seen)).isEmpty();
        RawArticle edited = article("https://x.org/a", "uv 0.5 (corrected)", Instant.EPOCH);
        assertThat(SeenEntries.fresh(List.of(edited), seen)).containsExactly(edited);
    }

    @Test
    void theSameArticleTwiceInOneFeedIsTakenOnce() {
        RawArticle first = article("https://x.org/a?utm_source=rss", "first", Instant.EPOCH);
        RawArticle second = article("https://x.org/a", "second", Instant.EPOCH);
        assertThat(SeenEntries.fresh(List.of(first, second), Map.of())).containsExactly(second);
    }

    @Test
    void rejectedKeysDependOnTheEntryAndReason() {
        assertThat(SeenEntries.rejectedKey("entry 3", "no link")).isEqualTo(SeenEntries.rejectedKey("entry 3", "no link"))
                .isNotEqualTo(SeenEntries.rejectedKey("entry 4", "no link")).startsWith("rejected:");
    }

    @Test
    void theSeenMapIsPrunedToWhatTheSourceStillHoldsWhenItGrowsTooLarge() {
        Map<String, String> seen = new HashMap<>();
        IntStream.range(0, SeenEntries.MAX).forEach(i -> seen.put("old" + i, "h"));
        Set<String> present = new HashSet<>(Set.of("old1", "old2", "new"));
        Map<String, String> next = SeenEntries.after(seen, Map.of("new", "h2"), present);
        assertThat(next).containsOnlyKeys("old1", "old2", "new");
        Map<String, String> small = SeenEntries.after(Map.of("a", "1"), Map.of("b", "2"), Set.of());
        assertThat(small).containsOnlyKeys("a", "b");
    }
}
