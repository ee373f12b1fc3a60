package oxidation.ingest.extract;

import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * A page's title, byline, publication date and language, from its meta tags and markup.
 *
 * @param textLimit a length no plain text of the page's text nodes can exceed: the chars of those that are
 *     not blank plus two separator chars each
 */
record PageMetadata(String title, String author, Instant published, String language, long textLimit) {

    private static final Evaluator PUBLISHED = QueryParser.parse("[itemprop=datePublished], time[datetime]");
    private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)content-language]");
    private static final Evaluator BYLINE = QueryParser.parse("[rel=author], [itemprop=author], .byline, .author");

    static PageMetadata of(Document page) {
        Marks marks = Marks.of(page);
        return new PageMetadata(title(page, marks), author(marks), published(marks), language(marks),
                marks.textLimit);
    }

    /**
     * What one pass over the page finds: the root {@code html} element, meta tags with content, the first
     * dated element, a language meta and the byline candidates in document order. Each selector is tried
     * only on elements carrying an attribute it needs.
     */
    private static final class Marks implements NodeVisitor {
        final Document page;
        final List<Element> metas = new ArrayList<>();
        final List<Element> bylines = new ArrayList<>(2);
        Element html;
        Element dated;
        Element contentLanguage;
        long textLimit;

        private Marks(Document page) {
            this.page = page;
        }

        static Marks of(Document page) {
            Marks marks = new Marks(page);
            NodeTraversor.traverse(marks, page);
            return marks;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text && !text.isBlank()) {
                textLimit += text.getWholeText().length() + 2;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            if (html == null && element.nameIs("html")) {
                html = element;
            }
            if (element.attributesSize() == 0) {
                return;
            }
            if (element.nameIs("meta")) {
                if (element.hasAttr("content")) {
                    metas.add(element);
                }
                if (contentLanguage == null && CONTENT_LANGUAGE.matches(page, element)) {
                    contentLanguage = element;
                }
            }
            boolean itemprop = element.hasAttr("itemprop");
            if (dated == null && (itemprop || element.nameIs("time")) && PUBLISHED.matches(page, element)) {
                dated = element;
            }
            if ((itemprop || element.hasAttr("class") || element.hasAttr("rel"))
                    && (BYLINE.matches(page, element) || isVcardName(element))) {
                bylines.add(element);
            }
        }

        /**
         * {@code .vcard .fn}, tested by hand: jsoup's descendant selector keeps a per-thread memo of the page
         * that only {@code select} clears.
         */
        private static boolean isVcardName(Element element) {
            if (!element.hasClass("fn")) {
                return false;
            }
            for (Element a = element.parent(); a != null; a = a.parent()) {
                if (a.hasClass("vcard")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String title(Document page, Marks marks) {
        String title = meta(marks, "og:title", "twitter:title", "dc.title", "title");
        if (title == null) {
            String element = page.title();
            title = element.isBlank() ? null : element.strip();
        }
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        return title == null || title.isBlank() ? null : PlainText.collapse(title);
    }

    private static String author(Marks marks) {
        String author = meta(marks, "author", "article:author", "dc.creator", "parsely-author", "byl");
        if (author != null && !author.startsWith("http")) {
            return author.replaceFirst("(?i)^by\\s+", "");
        }
        for (Element element : marks.bylines) {
            String text = element.text().strip();
            if (!text.isEmpty() && text.length() < 100) {
                return text.replaceFirst("(?i)^by\\s+", "");
            }
        }
        return null;
    }

    private static Instant published(Marks marks) {
        String text = meta(marks, "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                "publish-date", "dc.date", "dc.date.issued", "sailthru.date");
        if (text == null) {
            Element time = marks.dated;
            text = time == null ? null : time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
        }
        return instant(text);
    }

    private static String language(Marks marks) {
        String lang = marks.html == null ? "" : marks.html.attr("lang").strip();
        if (lang.isEmpty()) {
            Element meta = marks.contentLanguage;
            lang = meta == null ? "" : meta.attr("content").strip();
        }
        if (lang.isEmpty()) {
            String locale = meta(marks, "og:locale");
            lang = locale == null ? "" : locale;
        }
        return lang.isEmpty() ? null : lang.replace('_', '-');
    }

    private static String meta(Marks marks, String... names) {
        for (String name : names) {
            for (Element meta : marks.metas) {
                String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name")
                        : meta.attr("itemprop");
                if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                    return meta.attr("content").strip();
                }
            }
        }
        return null;
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        OffsetDateTime withOffset = parsed(DateTimeFormatter.ISO_OFFSET_DATE_TIME, s, OffsetDateTime::from);
        if (withOffset != null) {
            return withOffset.toInstant();
        }
        Instant utc = parsed(DateTimeFormatter.ISO_INSTANT, s, Instant::from);
        if (utc != null) {
            return utc;
        }
        LocalDate day = parsed(DateTimeFormatter.ISO_LOCAL_DATE, s.length() >= 10 ? s.substring(0, 10) : s,
                LocalDate::from);
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The text read with the format, or null when it has another shape (told without the cost of a parse
     * exception) or names no valid date.
     */
    private static <T> T parsed(DateTimeFormatter format, String text, TemporalQuery<T> query) {
        if (!parses(format, text)) {
            return null;
        }
        try {
            return format.parse(text, query);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the text has the format's shape, tested without the cost of a parse exception. */
    private static boolean parses(DateTimeFormatter format, String text) {
        ParsePosition position = new ParsePosition(0);
        return format.parseUnresolved(text, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == text.length();
    }
}
