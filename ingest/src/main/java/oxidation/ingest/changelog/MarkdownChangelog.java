package oxidation.ingest.changelog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown changelogs: a version heading ({@code ## 1.2.3}, {@code ## [1.2.3] - 2024-01-02},
 * {@code ## v2.0b1 (2024-01-02)}) or a top-level bullet ({@code - v0.28.0}) starts a release; the first
 * version heading fixes the heading level of releases, and any other heading at that level ({@code
 * Unreleased}, {@code 0.15.x}) ends one. Fenced code blocks are skipped.
 */
final class MarkdownChangelog {

    private static final int BULLET_LEVEL = 0;
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern TOP_BULLET = Pattern.compile("^[-*]\\s+(\\S+?),?\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[([^\\]]+)]:\\s*(\\S+)");
    private static final Pattern TAG_IN_URL = Pattern.compile("(?:\\.\\.\\.|/releases/tag/|/tree/)([^/?#.][^/?#]*)$");

    private MarkdownChangelog() {
    }

    static List<ChangelogRelease> parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, String> references = references(lines);
        List<ChangelogRelease> releases = new ArrayList<>();
        Section current = null;
        int releaseLevel = -1;
        String fence = null;
        for (String line : lines) {
            String stripped = line.strip();
            if (fence != null || stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = toggleFence(fence, stripped);
                if (current != null) {
                    current.add(line);
                }
                continue;
            }
            int level = -1;
            String title = null;
            Matcher atx = ATX.matcher(line);
            Matcher bullet = TOP_BULLET.matcher(line);
            if (atx.matches()) {
                level = atx.group(1).length();
                title = atx.group(2);
            } else if (bullet.matches() && (releaseLevel == -1 || releaseLevel == BULLET_LEVEL)) {
                level = BULLET_LEVEL;
                title = bullet.group(1);
            }
            if (title != null) {
                HeadingFacts facts = HeadingFacts.of(title);
                boolean atReleaseLevel = releaseLevel == -1 ? facts != null : level == releaseLevel;
                boolean endsRelease = releaseLevel != -1 && level != BULLET_LEVEL && level <= releaseLevel;
                if (atReleaseLevel || endsRelease) {
                    Section.finishInto(current, releases);
                    current = null;
                    if (facts != null && atReleaseLevel && !facts.unreleased()) {
                        releaseLevel = level;
                        current = new Section(facts, tag(facts, references));
                    }
                    continue;
                }
            }
            if (current != null) {
                current.add(line);
            }
        }
        Section.finishInto(current, releases);
        return releases;
    }

    private static String toggleFence(String fence, String stripped) {
        if (fence == null) {
            return stripped.substring(0, 3);
        }
        return stripped.startsWith(fence) && stripped.replace(fence.substring(0, 1), "").isBlank() ? null : fence;
    }

    private static Map<String, String> references(String[] lines) {
        Map<String, String> references = new HashMap<>();
        for (String line : lines) {
            Matcher m = REFERENCE.matcher(line);
            if (m.find()) {
                references.putIfAbsent(m.group(1).strip(), m.group(2));
            }
        }
        return references;
    }

    /** The tag a Keep a Changelog link reference names for this version, else the version as written. */
    private static String tag(HeadingFacts facts, Map<String, String> references) {
        String url = references.get(facts.label());
        if (url != null) {
            Matcher m = TAG_IN_URL.matcher(url);
            if (m.find() && ReleaseVersion.find(m.group(1)) != null) {
                return m.group(1);
            }
        }
        return facts.label();
    }
}
