package oxidation.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesAreUniqueAndPrefixable() {
        assertThat(Topics.ALL).extracting(Topic::name).doesNotHaveDuplicates()
                .contains("sources", "articles.raw", "articles.tagged", "trend.events", "articles.raw.dlq");
        assertThat(Topics.withPrefix("staging.")).extracting(Topic::name)
                .allSatisfy(n -> assertThat(n).startsWith("staging."));
        assertThat(Topics.ARTICLES_RAW.withPrefix("")).isSameAs(Topics.ARTICLES_RAW);
    }

    @Test
    void cleanupPoliciesFollowTheContract() {
        assertThat(Topics.SOURCES.cleanup()).isEqualTo(Topic.Cleanup.COMPACT);
        assertThat(Topics.ARTICLES_RAW.cleanup()).isEqualTo(Topic.Cleanup.COMPACT);
        assertThat(Topics.ARTICLES_TAGGED.cleanup()).isEqualTo(Topic.Cleanup.COMPACT);
        assertThat(Topics.TREND_EVENTS.cleanup()).isEqualTo(Topic.Cleanup.DELETE);
        assertThat(Topics.ARTICLES_TAGGED_DLQ.cleanup()).isEqualTo(Topic.Cleanup.DELETE);
    }

    @Test
    void rejectsInvalidNames() {
        assertThatThrownBy(() -> Topics.ARTICLES_RAW.withPrefix("bad prefix/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.byName("nope")).hasMessageContaining("articles.raw");
    }
}
