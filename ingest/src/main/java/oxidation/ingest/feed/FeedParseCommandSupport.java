package oxidation.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import oxidation.events.RawArticle;
import oxidation.events.Source;
import oxidation.events.SourceKind;

/**
 * The seam behind {@code oxidation feed parse FILE...|URL}: one JSON object per input, fit for one line,
 * with the input's {@code file} (or {@code url}), the feed's {@code title}, {@code link} and {@code format},
 * its {@code entries} as the ingest normalises them (id, url, title, author, published, updated, summary,
 * content, and {@code release} for release entries), and {@code rejected} entries with their reasons; or
 * the input and an {@code error} reason when it cannot be read. Never throws for a bad input.
 */
public final class FeedParseCommandSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NEVER = Instant.EPOCH;

    private FeedParseCommandSupport() {
    }

    /** A local feed file, read as kind {@code feed} (or {@code changelog} for .md/.rst files). */
    public static ObjectNode describe(Path file) {
        return describe(file, kindOf(file));
    }

    /** The kind a file is read as by its name: {@code changelog} for .md and .rst files, else {@code feed}. */
    public static SourceKind kindOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".rst") ? SourceKind.CHANGELOG : SourceKind.FEED;
    }

    /** A local file read as the given source kind. */
    public static ObjectNode describe(Path file, SourceKind kind) {
        return describe(file, kind, null);
    }

    /**
     * A local file read as the given source kind, as if fetched from {@code baseUrl} (nullable). Articles
     * need http(s) URLs: a changelog read from a file with no base URL gets one under the reserved
     * {@code file.invalid} host, so its versions and dates still show.
     */
    public static ObjectNode describe(Path file, SourceKind kind, URI baseUrl) {
        ObjectNode out = MAPPER.createObjectNode().put("file", file.toString());
        URI location = baseUrl != null ? baseUrl
                : kind == SourceKind.FEED || kind == SourceKind.SITEMAP ? file.toAbsolutePath().toUri()
                : URI.create("https://file.invalid/").resolve(file.getFileName().toUri().getRawPath()
                        .replaceFirst("^.*/", ""));
        try {
            return describe(out, kind, Files.readAllBytes(file), null, location);
        } catch (IOException e) {
            return out.put("error", "cannot read file: " + e.getMessage());
        }
    }

    /** A fetched body: {@code url} is the final URL after redirects, {@code contentType} may be null. */
    public static ObjectNode describe(URI url, SourceKind kind, byte[] body, String contentType) {
        return describe(MAPPER.createObjectNode().put("url", url.toString()), kind, body, contentType, url);
    }

    private static ObjectNode describe(ObjectNode out, SourceKind kind, byte[] body, String contentType, URI location) {
        try {
            Source source = new Source(Source.SCHEMA, "cli", location.toString(), kind, null, null, true);
            ParsedFeed feed = SourceReader.read(source, body, contentType, location, NEVER);
            out.put("title", feed.title()).put("link", feed.link()).put("format", feed.format());
            ArrayNode entries = out.putArray("entries");
            feed.articles().forEach(article -> entries.add(entry(article)));
            ArrayNode rejected = out.putArray("rejected");
            feed.rejected().forEach(r -> rejected.addObject().put("entry", r.entryRef()).put("reason", r.reason()));
            if (!feed.pages().isEmpty()) {
                ArrayNode pages = out.putArray(feed.pagesAreSitemaps() ? "sitemaps" : "pages");
                feed.pages().forEach(page -> pages.add(page.toString()));
            }
            return out;
        } catch (FeedException | RuntimeException e) {
            return out.put("error", e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    private static ObjectNode entry(RawArticle article) {
        ObjectNode entry = MAPPER.createObjectNode().put("id", article.id()).put("url", article.url())
                .put("title", article.title()).put("author", article.author())
                .put("published", text(article.published())).put("updated", text(article.updated()))
                .put("summary", article.summary()).put("content", article.text()).put("language", article.language());
        if (article.release() != null) {
            entry.putObject("release").put("tool", article.release().tool()).put("version", article.release().version())
                    .put("prerelease", article.release().prerelease()).put("yanked", article.release().yanked());
        }
        return entry;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Whether a described input failed: the launcher exits with status 2 when any did. */
    public static boolean failed(ObjectNode described) {
        return described.has("error");
    }
}
