package oxidation.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A PyPI project's JSON document ({@code https://pypi.org/pypi/NAME/json}): one entry per version of its
 * full release history, dated by its earliest file upload, yanked when every file is yanked.
 */
final class PypiJsonReader {

    private PypiJsonReader() {
    }

    static boolean isPypiJson(JsonNode root) {
        return root.path("info").isObject() && root.path("releases").isObject();
    }

    static FeedDocument read(JsonNode root, URI location) {
        JsonNode info = root.path("info");
        String name = JsonFeedReader.text(info, "name");
        String projectUrl = projectUrl(info, name, location);
        List<FeedEntry> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> releases = root.path("releases").fields();
        while (releases.hasNext()) {
            Map.Entry<String, JsonNode> release = releases.next();
            String version = release.getKey().strip();
            JsonNode files = release.getValue();
            String link = projectUrl == null ? null : projectUrl + version + "/";
            String title = name == null ? version : name + " " + version;
            entries.add(new FeedEntry(entries.size(), link, link, title, null, firstUpload(files), null, null, null,
                    null, version, allYanked(files)));
        }
        String summary = JsonFeedReader.text(info, "summary");
        return new FeedDocument(name == null ? summary : name, projectUrl, "pypi-json", null, null, entries, null);
    }

    private static String projectUrl(JsonNode info, String name, URI location) {
        String url = JsonFeedReader.text(info, "package_url");
        if (url == null && name != null && location != null) {
            url = location.resolve("/project/" + name + "/").toString();
        }
        return url == null ? null : url.endsWith("/") ? url : url + "/";
    }

    private static Instant firstUpload(JsonNode files) {
        Instant first = null;
        for (JsonNode file : files) {
            String text = JsonFeedReader.text(file, "upload_time_iso_8601");
            Instant uploaded = FeedDates.parse(text != null ? text : JsonFeedReader.text(file, "upload_time"));
            if (uploaded != null && (first == null || uploaded.isBefore(first))) {
                first = uploaded;
            }
        }
        return first;
    }

    private static boolean allYanked(JsonNode files) {
        if (!files.isArray() || files.isEmpty()) {
            return false;
        }
        for (JsonNode file : files) {
            if (!file.path("yanked").asBoolean(false)) {
                return false;
            }
        }
        return true;
    }
}
