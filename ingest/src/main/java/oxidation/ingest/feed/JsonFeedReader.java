package oxidation.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import oxidation.ingest.extract.PlainText;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) with Jackson. */
final class JsonFeedReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFeedReader() {
    }

    static JsonNode tree(String text) throws FeedException {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new FeedException("not a feed: the JSON body is not an object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new FeedException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    static boolean isJsonFeed(JsonNode root) {
        return text(root, "version") != null && text(root, "version").contains("jsonfeed.org") || root.has("items");
    }

    static FeedDocument read(JsonNode root, URI location) throws FeedException {
        if (!isJsonFeed(root)) {
            throw new FeedException("not a feed: a JSON document with neither a JSON Feed version nor items");
        }
        String version = text(root, "version");
        String format = version != null && version.endsWith("/1") ? "jsonfeed-1.0"
                : version != null && version.endsWith("/1.1") ? "jsonfeed-1.1" : "jsonfeed";
        String base = location == null ? null : location.toString();
        String language = text(root, "language");
        List<FeedEntry> entries = new ArrayList<>();
        JsonNode items = root.path("items");
        for (int i = 0; i < items.size(); i++) {
            entries.add(entry(i, items.get(i), base, language, author(root)));
        }
        return new FeedDocument(PlainText.fromHtml(text(root, "title")), XmlBase.resolve(base, text(root, "home_page_url")),
                format, language, null, entries, null);
    }

    private static FeedEntry entry(int position, JsonNode item, String base, String feedLanguage, String feedAuthor) {
        String link = XmlBase.resolve(base, text(item, "url"));
        if (link == null) {
            link = XmlBase.resolve(base, text(item, "external_url"));
        }
        String html = text(item, "content_html");
        String content = html != null ? PlainText.fromHtml(html) : text(item, "content_text");
        String author = author(item);
        String language = text(item, "language");
        return FeedEntry.post(position, text(item, "id"), link, PlainText.fromHtml(text(item, "title")),
                author != null ? author : feedAuthor, date(item, "date_published"), date(item, "date_modified"),
                PlainText.fromHtml(text(item, "summary")), XmlFeedReader.blankToNull(content),
                language != null ? language : feedLanguage);
    }

    private static String author(JsonNode node) {
        JsonNode authors = node.path("authors");
        JsonNode author = authors.isArray() && !authors.isEmpty() ? authors.get(0) : node.path("author");
        return Authors.display(text(author, "name"));
    }

    private static Instant date(JsonNode node, String field) {
        return FeedDates.parse(text(node, field));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
