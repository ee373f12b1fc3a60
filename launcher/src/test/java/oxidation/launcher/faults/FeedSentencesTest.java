package oxidation.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import oxidation.classify.catalog.Catalog;
import oxidation.classify.match.Tagger;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.RawArticle;
import org.junit.jupiter.api.Test;

/**
 * The fault trials compute the expected counts from the tools each entry names; this holds them to it: every
 * entry the farm can write, alone or with a second tool or none, is tagged with exactly its tools.
 */
class FeedSentencesTest {

    private static final Tagger TAGGER = Tagger.of(Catalog.bundled());

    @Test
    void everyEntryTheFarmWritesIsTaggedWithExactlyTheToolsItNames() {
        List<String> tools = new ArrayList<>(new TreeSet<>(FeedFarm.SENTENCES.keySet()));
        assertThat(tagsOf(Set.of())).isEmpty();
        for (String a : tools) {
            assertThat(tagsOf(Set.of(a))).as(a).containsExactly(a);
            for (String b : tools) {
                if (a.compareTo(b) < 0) {
                    assertThat(tagsOf(new TreeSet<>(Set.of(a, b)))).as(a + " and " + b)
                            .containsExactlyInAnyOrder(a, b);
                }
            }
        }
    }

    private static List<String> tagsOf(Set<String> tools) {
        String url = "https://farm.example/posts/" + String.join("-", new TreeSet<>(tools));
        FeedFarm.Entry entry = new FeedFarm.Entry(0, 1, url, Instant.parse("2025-02-03T10:00:00Z"),
                new TreeSet<>(tools), java.time.Duration.ZERO);
        RawArticle article = new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), "farm-0",
                ArticleKind.POST, "Week notes " + entry.index(), null, entry.published(), null, Instant.now(),
                entry.text(), null, "en", null);
        return TAGGER.tag(article).toolIds();
    }
}
