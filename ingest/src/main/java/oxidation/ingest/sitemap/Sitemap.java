package oxidation.ingest.sitemap;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A sitemap (https://www.sitemaps.org/protocol.html): the page URLs of a {@code <urlset>}, the nested
 * sitemap URLs of a {@code <sitemapindex>}, or the lines of a plain-text sitemap. Read with jsoup's
 * forgiving XML parser, which never loads a DTD or expands a declared entity. At most
 * {@value #MAX_URLS} URLs, as the protocol allows; only absolute http(s) URLs are kept.
 *
 * @param index true for a sitemap index, whose {@link #urls()} are sitemaps rather than pages
 */
public record Sitemap(boolean index, List<URI> urls) {

    public static final int MAX_URLS = 50_000;

    public Sitemap {
        urls = List.copyOf(urls);
    }

    /** The sitemap in the text, or empty when the text is neither a sitemap nor a sitemap index. */
    public static Optional<Sitemap> parse(String text, URI location) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("<")) {
            return plainText(trimmed, location);
        }
        Document document = Jsoup.parse(trimmed, location == null ? "" : location.toString(), Parser.xmlParser());
        Element root = document.children().stream().findFirst().orElse(null);
        if (root == null) {
            return Optional.empty();
        }
        String name = localName(root.tagName());
        if (!name.equals("urlset") && !name.equals("sitemapindex")) {
            return Optional.empty();
        }
        List<URI> urls = new ArrayList<>();
        for (Element child : root.children()) {
            String childName = localName(child.tagName());
            if (childName.equals("url") || childName.equals("sitemap")) {
                child.children().stream().filter(e -> localName(e.tagName()).equals("loc")).findFirst()
                        .map(loc -> absolute(loc.text(), location)).ifPresent(urls::add);
            }
            if (urls.size() >= MAX_URLS) {
                break;
            }
        }
        return Optional.of(new Sitemap(name.equals("sitemapindex"), urls));
    }

    private static Optional<Sitemap> plainText(String text, URI location) {
        List<URI> urls = new ArrayList<>();
        for (String line : text.split("\\R")) {
            URI uri = absolute(line, location);
            if (uri == null) {
                return Optional.empty();
            }
            urls.add(uri);
            if (urls.size() >= MAX_URLS) {
                break;
            }
        }
        return urls.isEmpty() ? Optional.empty() : Optional.of(new Sitemap(false, urls));
    }

    private static URI absolute(String text, URI location) {
        String href = text.strip();
        if (href.isEmpty()) {
            return null;
        }
        try {
            URI uri = location == null ? new URI(href) : location.resolve(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String localName(String tag) {
        int colon = tag.indexOf(':');
        return (colon < 0 ? tag : tag.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }
}
