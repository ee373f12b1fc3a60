package oxidation.launcher.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourcesCommandTest {

    @Test
    void makesReadableIdsFromUrls() {
        assertThat(SourcesCommand.idOf("https://astral.sh/blog/rss.xml")).isEqualTo("astral-sh-blog-rss-xml");
        assertThat(SourcesCommand.idOf("https://www.github.com/astral-sh/uv/releases.atom"))
                .isEqualTo("github-com-astral-sh-uv-releases-atom");
        assertThat(SourcesCommand.idOf("https://x.org/" + "a".repeat(200))).hasSize(80);
        assertThatThrownBy(() -> SourcesCommand.idOf("https://")).hasMessageContaining("--id");
    }
}
