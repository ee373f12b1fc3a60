package oxidation.ingest.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * The entry elements of a feed's XML tree in document order (the order Rome keeps), read directly for
 * what Rome drops: the raw date text, so that every date form feeds use is parsed by {@link FeedDates}.
 */
final class RawEntries {

    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String[] PUBLISHED = {"pubDate", "published", "issued", "created", "date"};
    private static final String[] UPDATED = {"updated", "modified"};
    private static final String[] FEED_DATES = {"updated", "modified", "lastBuildDate", "pubDate", "date"};

    private RawEntries() {
    }

    static List<Element> of(Document document) {
        Element root = document.getRootElement();
        List<Element> entries = new ArrayList<>();
        if (root.getName().equals("feed")) {
            root.getChildren().stream().filter(e -> e.getName().equals("entry")).forEach(entries::add);
            return entries;
        }
        for (Element child : root.getChildren()) {
            if (child.getName().equals("item")) {
                entries.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(e -> e.getName().equals("item")).forEach(entries::add);
            }
        }
        return entries;
    }

    static String published(Element entry) {
        return firstText(entry, PUBLISHED);
    }

    static String updated(Element entry) {
        return firstText(entry, UPDATED);
    }

    /** The {@code xml:lang} in effect at the element (its own or an ancestor's), or null. */
    static String language(Element element) {
        for (Element e = element; e != null; e = e.getParentElement()) {
            String lang = e.getAttributeValue("lang", Namespace.XML_NAMESPACE);
            if (lang != null && !lang.isBlank()) {
                return lang.strip();
            }
        }
        return null;
    }

    /** A Media RSS description of the entry or of its media group, or null. */
    static String mediaDescription(Element entry) {
        for (Element child : entry.getChildren()) {
            if (MEDIA.equals(child.getNamespaceURI())) {
                if (child.getName().equals("description") && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
                if (child.getName().equals("group")) {
                    String inGroup = mediaDescription(child);
                    if (inGroup != null) {
                        return inGroup;
                    }
                }
            }
        }
        return null;
    }

    /** The feed's own date: the channel's or feed's updated, last build or publication date. */
    static Instant feedDate(Document document, Date romeDate) {
        Element root = document.getRootElement();
        Element channel = root.getChildren().stream().filter(e -> e.getName().equals("channel")).findFirst()
                .orElse(root);
        Instant parsed = FeedDates.parse(firstText(channel, FEED_DATES));
        return parsed != null ? parsed : XmlFeedReader.instant(romeDate);
    }

    private static String firstText(Element element, String[] names) {
        for (String name : names) {
            for (Element child : element.getChildren()) {
                if (child.getName().equals(name)) {
                    String text = child.getTextTrim();
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return null;
    }
}
