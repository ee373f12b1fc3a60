package oxidation.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** A page's title, byline, publication date and language, from its meta tags and markup. */
record PageMetadata(String title, String author, Instant published, String language) {

    private static final Evaluator PUBLISHED = QueryParser.parse("[itemprop=datePublished], time[datetime]");
    private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)content-language]");

    static PageMetadata of(Document page) {
        Marks marks = Marks.of(page);
        return new PageMetadata(title(page, marks), author(page, marks), published(marks), language(page, marks));
    }

    /** What one pass over the page finds: meta tags with content, the first dated element, a language meta. */
    private static final class Marks {
        final List<Element> metas = new ArrayList<>();
        Element dated;
        Element contentLanguage;

        static Marks of(Document page) {
            Marks marks = new Marks();
            for (Element element : page.getAllElements()) {
                if (element.nameIs("meta") && element.hasAttr("content")) {
                    marks.metas.add(element);
                }
                if (marks.contentLanguage == null && element.nameIs("meta") && CONTENT_LANGUAGE.matches(page, element)) {
                    marks.contentLanguage = element;
                }
                if (marks.dated == null && element.attributesSize() > 0 && PUBLISHED.matches(page, element)) {
                    marks.dated = element;
                }
            }
            return marks;
        }
    }

    private static String title(Document page, Marks marks) {
        String title = meta(marks, "og:title", "twitter:title", "dc.title", "title");
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
        }
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        return title == null || title.isBlank() ? null : PlainText.collapse(title);
    }

    private static String author(Document page, Marks marks) {
        String author = meta(marks, "author", "article:author", "dc.creator", "parsely-author", "byl");
        if (author != null && !author.startsWith("http")) {
            return author.replaceFirst("(?i)^by\\s+", "");
        }
        for (Element element : page.select("[rel=author], [itemprop=author], .byline, .author, .vcard .fn")) {
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

    private static String language(Document page, Marks marks) {
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang").strip();
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
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // not a full timestamp with offset
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            // not a UTC timestamp
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
