package oxidation.ingest.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.RawArticle;
import oxidation.events.Release;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.ingest.changelog.ReleaseVersion;

/**
 * A feed's entries as raw articles of their source: the link (or an http(s) id when there is no link)
 * gives the id; entries of release sources carry the tool and version; an entry with no usable link or
 * no version where one is needed is rejected with the reason. The first entry wins when a feed lists the
 * same page twice. Long fields are cut to fit a Kafka record: see {@link #MAX_TITLE}, {@link #MAX_SUMMARY},
 * {@link #MAX_TEXT}.
 */
final class Articles {

    static final int MAX_TITLE = 1_000;
    static final int MAX_SUMMARY = 10_000;
    static final int MAX_TEXT = 200_000;

    private Articles() {
    }

    static ParsedFeed of(FeedDocument document, Source source, java.time.Instant fetched) {
        List<RawArticle> articles = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FeedEntry entry : document.entries()) {
            String url = usableUrl(entry);
            if (url == null) {
                rejected.add(new Rejected(entry.reference(), "entry has no http(s) link and no http(s) id"));
                continue;
            }
            String canonical;
            try {
                canonical = CanonicalUrl.of(url);
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejected(entry.reference(), "entry link is unusable: " + e.getMessage()));
                continue;
            }
            Release release = release(source, entry);
            if (release == null && source.kind() != SourceKind.FEED) {
                rejected.add(new Rejected(entry.reference(), "release entry has no version in its link or title"));
                continue;
            }
            String id = ArticleId.ofCanonical(canonical);
            if (ids.add(id)) {
                articles.add(article(id, url, canonical, source, entry, release, fetched));
            }
        }
        return new ParsedFeed(cut(document.title(), MAX_TITLE), document.link(), document.format(), articles,
                rejected, document.ttl(), List.of());
    }

    private static RawArticle article(String id, String url, String canonical, Source source, FeedEntry entry,
            Release release, java.time.Instant fetched) {
        String title = entry.title() != null ? entry.title()
                : entry.summary() != null ? entry.summary() : entry.content() != null ? entry.content() : "";
        return new RawArticle(RawArticle.SCHEMA, id, url, canonical, source.id(),
                release == null ? ArticleKind.POST : ArticleKind.RELEASE, cut(title, title == entry.title() ? MAX_TITLE : 120),
                cut(entry.author(), MAX_TITLE), entry.published(), entry.updated(), fetched,
                cut(entry.summary(), MAX_SUMMARY), cut(entry.content(), MAX_TEXT), entry.language(), release);
    }

    private static String usableUrl(FeedEntry entry) {
        if (isHttp(entry.link())) {
            return entry.link();
        }
        return isHttp(entry.id()) ? entry.id().strip() : null;
    }

    private static boolean isHttp(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static Release release(Source source, FeedEntry entry) {
        if (source.kind() == SourceKind.FEED) {
            return null;
        }
        String version = entry.version();
        if (version == null) {
            version = ReleaseVersion.fromTagUrl(entry.link());
        }
        if (version == null) {
            version = ReleaseVersion.find(entry.title());
        }
        return version == null ? null
                : new Release(source.tool(), version, ReleaseVersion.isPrerelease(version), entry.yanked());
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).stripTrailing() + "…";
    }
}
