package oxidation.launcher.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import oxidation.events.JsonCodec;

/** Reads what the store's HTTP API says about a tool over 2025, the year of the compose checks' feed items. */
public final class StoreApi {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public StoreApi(String base) {
        this.base = base;
    }

    /** What the API shows for one tool: the timeline's total and the URLs of the articles behind it. */
    public record ToolView(String tool, long timelineTotal, List<String> articleUrls) {
    }

    /** The timeline total (sum of the monthly counts) and every article URL listed for a tool. */
    public ToolView tool(String tool) throws IOException, InterruptedException {
        JsonNode timeline = get("/api/timeline?tool=" + tool + "&bucket=month&from=2025-01-01&to=2025-12-31");
        long total = 0;
        for (JsonNode series : timeline.path("series")) {
            if (series.path("key").asText().equals(tool)) {
                for (JsonNode point : series.path("points")) {
                    total += point.path("count").asLong();
                }
            }
        }
        List<String> urls = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/api/tools/" + tool + "/articles?from=2025-01-01&to=2025-12-31&limit=500"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            page.path("articles").forEach(a -> urls.add(a.path("url").asText()));
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return new ToolView(tool, total, urls);
    }

    /** True when the store answers {@code /ready} with 200. */
    public boolean ready() {
        try {
            return http.send(request("/ready"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonCodec.mapper().readTree(response.body());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build();
    }
}
