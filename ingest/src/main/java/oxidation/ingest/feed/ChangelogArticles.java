package oxidation.ingest.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.RawArticle;
import oxidation.events.Release;
import oxidation.events.Source;
import oxidation.ingest.changelog.Changelog;
import oxidation.ingest.changelog.ChangelogRelease;

/**
 * A changelog's releases as release articles. Each release needs its own URL (the canonical URL drops
 * fragments): for a file on GitHub ({@code raw.githubusercontent.com/OWNER/REPO/...} or
 * {@code github.com/OWNER/REPO/blob/...}) the release's tag page
 * {@code https://github.com/OWNER/REPO/releases/tag/TAG}, which is also where the GitHub releases feed
 * links, so both sources give the release one id; elsewhere the changelog URL with {@code ?version=V}.
 * A release dated in the changelog is published at midnight UTC of that day; an undated one has no date.
 */
final class ChangelogArticles {

    private static final Pattern GITHUB_FILE = Pattern.compile(
            "^https?://(?:raw\\.githubusercontent\\.com/([^/]+)/([^/]+)/|(?:www\\.)?github\\.com/([^/]+)/([^/]+)/(?:blob|raw)/).*");

    private ChangelogArticles() {
    }

    static ParsedFeed of(Changelog changelog, Source source, URI location, Instant fetched) {
        List<RawArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ChangelogRelease release : changelog.releases()) {
            String url = releaseUrl(location, release);
            String canonical = CanonicalUrl.of(url);
            String id = ArticleId.ofCanonical(canonical);
            if (!ids.add(id)) {
                continue;
            }
            String title = (source.tool() == null ? "" : source.tool() + " ") + release.version();
            Instant published = release.date() == null ? null : release.date().atStartOfDay(ZoneOffset.UTC).toInstant();
            String notes = release.notes().isEmpty() ? null : Articles.cut(release.notes(), Articles.MAX_TEXT);
            articles.add(new RawArticle(RawArticle.SCHEMA, id, url, canonical, source.id(), ArticleKind.RELEASE,
                    title, null, published, null, fetched, null, notes, "en",
                    new Release(source.tool(), release.version(), release.prerelease(), release.yanked())));
        }
        return new ParsedFeed(null, location.toString(), changelog.format(), articles, List.of(), null, List.of());
    }

    static String releaseUrl(URI location, ChangelogRelease release) {
        String text = location.toString();
        Matcher m = GITHUB_FILE.matcher(text);
        if (m.matches()) {
            String owner = m.group(1) != null ? m.group(1) : m.group(3);
            String repo = m.group(2) != null ? m.group(2) : m.group(4);
            return "https://github.com/" + owner + "/" + repo + "/releases/tag/" + encode(release.tag());
        }
        String base = location.getRawFragment() == null ? text : text.substring(0, text.indexOf('#'));
        return base + (location.getRawQuery() == null ? "?" : "&") + "version=" + encode(release.version());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))
                ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
