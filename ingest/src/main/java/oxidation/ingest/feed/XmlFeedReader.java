package oxidation.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import oxidation.ingest.extract.PlainText;

/** RSS 0.90 to 2.0, RDF and Atom 0.3/1.0 through Rome, over a securely parsed, cleaned-up XML tree. */
final class XmlFeedReader {

    private static final Namespace XHTML = Namespace.getNamespace("http://www.w3.org/1999/xhtml");
    private static final ThreadLocal<SyndFeedInput> ROME = ThreadLocal.withInitial(SyndFeedInput::new);

    private XmlFeedReader() {
    }

    static FeedDocument read(String text, URI location) throws FeedException {
        Document document = XmlDocuments.parse(XmlCleanup.clean(text));
        String root = document.getRootElement().getName().toLowerCase(Locale.ROOT);
        if (root.equals("html")) {
            throw new FeedException("not a feed: the body is an HTML page");
        }
        List<Element> rawEntries = RawEntries.of(document);
        RomeWorkarounds.apply(document);
        SyndFeed feed = rome(document, root);
        String base = XmlBase.of(document.getRootElement(), location);
        String language = feed.getLanguage() != null ? feed.getLanguage()
                : RawEntries.language(document.getRootElement());
        List<FeedEntry> entries = new ArrayList<>();
        List<SyndEntry> syndEntries = feed.getEntries();
        boolean aligned = rawEntries.size() == syndEntries.size();
        for (int i = 0; i < syndEntries.size(); i++) {
            entries.add(entry(i, syndEntries.get(i), aligned ? rawEntries.get(i) : null, base, location, language));
        }
        return new FeedDocument(text(feed.getTitleEx(), feed.getTitle()), XmlBase.resolve(base, feed.getLink()),
                format(feed.getFeedType()), language, RawEntries.feedDate(document, feed.getPublishedDate()),
                entries, ttl(document));
    }

    private static SyndFeed rome(Document document, String root) throws FeedException {
        try {
            return ROME.get().build(document);
        } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
            throw new FeedException("not a feed: Rome does not read a <" + root + "> document: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new FeedException("unreadable feed: " + e, e);
        }
    }

    private static FeedEntry entry(int position, SyndEntry e, Element raw, String feedBase, URI location,
            String feedLanguage) {
        String base = raw == null ? feedBase : XmlBase.of(raw, location);
        String link = XmlBase.resolve(base, e.getLink());
        Instant published = raw == null ? null : FeedDates.parse(RawEntries.published(raw));
        Instant updated = raw == null ? null : FeedDates.parse(RawEntries.updated(raw));
        String language = raw == null ? null : RawEntries.language(raw);
        return FeedEntry.post(position, blankToNull(e.getUri()), link, text(e.getTitleEx(), e.getTitle()),
                Authors.name(e), published != null ? published : instant(e.getPublishedDate()),
                updated != null ? updated : instant(e.getUpdatedDate()), summary(e, raw), contents(e, raw),
                language != null ? language : feedLanguage);
    }

    private static String summary(SyndEntry e, Element raw) {
        String summary = text(e.getDescription());
        if (summary == null && raw != null) {
            summary = blankToNull(PlainText.fromHtml(RawEntries.mediaDescription(raw)));
        }
        return summary;
    }

    private static String contents(SyndEntry e, Element raw) {
        List<String> parts = new ArrayList<>();
        if (e.getContents().isEmpty() && raw != null) {
            Element body = raw.getChild("body", XHTML);
            return body == null ? null : blankToNull(PlainText.collapse(body.getValue()));
        }
        for (SyndContent content : e.getContents()) {
            String part = text(content);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    static String text(SyndContent content) {
        return content == null ? null : text(content, content.getValue());
    }

    private static String text(SyndContent content, String fallback) {
        String value = content != null && content.getValue() != null ? content.getValue() : fallback;
        if (value == null) {
            return null;
        }
        String type = content == null || content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        String text;
        if (type.equals("text") || type.equals("text/plain")) {
            text = PlainText.collapse(value);
        } else if (type.equals("html") || type.equals("xhtml") || type.contains("html") || type.contains("xml")) {
            text = PlainText.fromHtml(value);
        } else {
            text = PlainText.fromHtml(Base64Content.decode(value));
        }
        return blankToNull(text);
    }

    private static String format(String romeType) {
        if (romeType == null) {
            return "xml";
        }
        String format = romeType.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("[a-z]$", "");
        return format.equals("rss-0.9") ? "rss-0.90" : format;
    }

    private static Duration ttl(Document document) {
        Element channel = document.getRootElement().getChild("channel", document.getRootElement().getNamespace());
        String ttl = channel == null ? null : channel.getChildTextTrim("ttl", channel.getNamespace());
        try {
            long minutes = ttl == null ? 0 : Long.parseLong(ttl);
            return minutes > 0 && minutes < 525_600 ? Duration.ofMinutes(minutes) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Instant instant(Date date) {
        if (date == null) {
            return null;
        }
        Instant instant = date.toInstant();
        return instant.isAfter(FeedDates.LAST) || instant.isBefore(FeedDates.FIRST) ? null : instant;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
