package oxidation.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.ingest.changelog.Changelog;
import oxidation.ingest.sitemap.Sitemap;

/**
 * Reads the body of any source kind into articles. Pure: no I/O, no logging, safe from any thread.
 *
 * <p>Kinds {@code feed}, {@code github-releases} and {@code pypi} take RSS 0.90-2.0, RDF, Atom 0.3/1.0
 * (XML, told apart by Rome) and JSON (a JSON Feed, or for {@code pypi} the project's JSON document,
 * told apart by content); {@code changelog} takes Markdown or reStructuredText; {@code sitemap} takes
 * a sitemap or sitemap index and answers with {@link ParsedFeed#pages()} only.
 */
public final class SourceReader {

    private SourceReader() {
    }

    /**
     * Reads one fetched body.
     *
     * @param contentType the HTTP Content-Type, or null; its charset is honoured
     * @param location the final URL after redirects: relative links resolve against it
     * @param fetched when the body was fetched, stamped on every article
     * @throws FeedException when the body is not of the source's kind at all, or malformed beyond recovery
     */
    public static ParsedFeed read(Source source, byte[] body, String contentType, URI location, Instant fetched)
            throws FeedException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fetched, "fetched");
        String text = BodyText.decode(Gzip.inflateIfGzip(body), contentType).text();
        if (text.isBlank()) {
            throw new FeedException("empty body");
        }
        return switch (source.kind()) {
            case CHANGELOG -> changelog(source, text, location, fetched);
            case SITEMAP -> sitemap(text, location);
            case FEED, GITHUB_RELEASES, PYPI -> Articles.of(document(source.kind(), text, location), source, fetched);
        };
    }

    /** The feed in a body of kind feed, github-releases or pypi, before it becomes articles. */
    static FeedDocument document(SourceKind kind, String text, URI location) throws FeedException {
        if (looksLikeJson(text)) {
            JsonNode root = JsonFeedReader.tree(text);
            if (kind == SourceKind.PYPI && PypiJsonReader.isPypiJson(root)) {
                return PypiJsonReader.read(root, location);
            }
            return JsonFeedReader.read(root, location);
        }
        return XmlFeedReader.read(text, location);
    }

    private static ParsedFeed changelog(Source source, String text, URI location, Instant fetched)
            throws FeedException {
        if (withoutLeadingComments(text).startsWith("<")) {
            throw new FeedException("not a changelog: the body is markup (HTML or XML), not Markdown or reStructuredText");
        }
        return ChangelogArticles.of(Changelog.parse(text), source, location, fetched);
    }

    /** The text after any leading HTML comments, which Markdown files use for linter settings. */
    static String withoutLeadingComments(String text) {
        String rest = text.stripLeading();
        while (rest.startsWith("<!--")) {
            int end = rest.indexOf("-->");
            if (end < 0) {
                return rest;
            }
            rest = rest.substring(end + 3).stripLeading();
        }
        return rest;
    }

    private static ParsedFeed sitemap(String text, URI location) throws FeedException {
        Sitemap sitemap = Sitemap.parse(text, location).orElseThrow(
                () -> new FeedException("not a sitemap: neither <urlset>, <sitemapindex> nor a list of URLs"));
        return new ParsedFeed(null, null, sitemap.index() ? ParsedFeed.SITEMAP_INDEX : "sitemap", null, null, null,
                sitemap.urls());
    }

    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
