package oxidation.ingest.changelog;

import java.util.List;

/**
 * A CHANGELOG file read into its releases, newest first as the file lists them.
 *
 * @param format {@code changelog-markdown} or {@code changelog-rst}
 */
public record Changelog(String format, List<ChangelogRelease> releases) {

    public Changelog {
        releases = List.copyOf(releases);
    }

    /**
     * Reads a changelog in Markdown (ATX headings, Keep a Changelog, top-level {@code - v1.2.3} bullets) or
     * reStructuredText (underlined headings). A file without any version heading has no releases.
     */
    public static Changelog parse(String text) {
        List<ChangelogRelease> markdown = MarkdownChangelog.parse(text);
        if (!markdown.isEmpty()) {
            return new Changelog("changelog-markdown", markdown);
        }
        List<ChangelogRelease> rst = RstChangelog.parse(text);
        return new Changelog(rst.isEmpty() ? "changelog" : "changelog-rst", rst);
    }
}
