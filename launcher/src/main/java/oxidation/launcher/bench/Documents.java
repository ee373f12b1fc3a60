package oxidation.launcher.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.nodes.Entities;

/** Feeds and article pages built from benchmark text, shaped like the ones ingest reads. */
final class Documents {

    private static final Instant EPOCH = Instant.parse("2025-06-02T08:00:00Z");

    private Documents() {
    }

    /** An RSS 2.0 feed of {@code entries} items whose descriptions are escaped HTML of about 2 KB. */
    static byte[] rss(Texts texts, int feed, int entries) {
        return rss(texts, "http://bench.example", feed, entries, 0);
    }

    /** The same on a base URL, its items numbered from {@code first}. */
    static byte[] rss(Texts texts, String base, int feed, int entries, int first) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Bench feed ").append(feed).append("</title><link>").append(base).append("/")
                .append(feed).append("/</link><description>Release notes and posts</description>\n");
        for (int e = first; e < first + entries; e++) {
            xml.append(item(texts, base, feed, e)).append('\n');
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One RSS item. */
    static String item(Texts texts, String base, int feed, int entry) {
        return "<item><title>" + escape(title(texts)) + "</title><link>" + link(base, feed, entry) + "</link><guid>"
                + link(base, feed, entry) + "</guid><pubDate>"
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(EPOCH.plusSeconds(3600L * entry).atOffset(ZoneOffset.UTC))
                + "</pubDate><description>" + escape(html(texts.document(feed * 100_000 + entry, 2000)))
                + "</description></item>";
    }

    static String link(String base, int feed, int entry) {
        return base + "/posts/" + feed + "/" + entry;
    }

    /** An Atom 1.0 feed of {@code entries} entries whose content is escaped HTML of about 2 KB. */
    static byte[] atom(Texts texts, int feed, int entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Bench feed ").append(feed)
                .append("</title><id>urn:bench:").append(feed).append("</id><updated>").append(EPOCH)
                .append("</updated>\n");
        for (int e = 0; e < entries; e++) {
            String link = link("http://bench.example", feed, e);
            xml.append("<entry><title>").append(escape(title(texts))).append("</title><id>").append(link)
                    .append("</id><link href=\"").append(link).append("\"/><updated>").append(EPOCH.plusSeconds(3600L * e))
                    .append("</updated><author><name>A. Writer</name></author><content type=\"html\">")
                    .append(escape(html(texts.document(feed * 100_000 + e, 2000)))).append("</content></entry>\n");
        }
        return xml.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An article page: header, navigation, the article of about 6 KB, a sidebar of links, a footer. */
    static String page(Texts texts, int n) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title(texts))).append("</title><meta name=\"author\" content=\"A. Writer\">")
                .append("<link rel=\"stylesheet\" href=\"/site.css\"><script>var analytics = {id: ").append(n)
                .append("};</script></head><body><header class=\"site-header\"><a href=\"/\">Bench blog</a><nav><ul>");
        for (int i = 0; i < 12; i++) {
            html.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        html.append("</ul></nav></header><main><article class=\"post\"><h1>").append(escape(title(texts)))
                .append("</h1><p class=\"byline\">By A. Writer</p><div class=\"post-content\">")
                .append(html(texts.document(n, 6000))).append("</div></article><aside class=\"sidebar\"><h2>Related</h2><ul>");
        for (int i = 0; i < 20; i++) {
            html.append("<li><a href=\"/posts/").append(n + i).append("\">").append(escape(title(texts))).append("</a></li>");
        }
        return html.append("</ul></aside></main><footer class=\"site-footer\"><p>Copyright the writers. <a href=\"/privacy\">")
                .append("Privacy</a></p></footer></body></html>").toString();
    }

    /** Paragraphs as HTML, the first sentence of every third one in bold, occasional inline code. */
    static String html(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = escape(paragraphs.get(i));
            if (i % 3 == 1) {
                int dot = p.indexOf(". ");
                p = dot > 0 ? "<strong>" + p.substring(0, dot + 1) + "</strong>" + p.substring(dot + 1) : p;
            }
            out.append(i % 5 == 4 ? "<pre><code>" + p + "</code></pre>" : "<p>" + p + "</p>");
        }
        return out.toString();
    }

    private static String title(Texts texts) {
        String p = texts.paragraph();
        return p.substring(0, Math.min(70, p.length()));
    }

    static String escape(String text) {
        return Entities.escape(text);
    }
}
