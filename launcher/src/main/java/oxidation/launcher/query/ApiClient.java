package oxidation.launcher.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import oxidation.events.JsonCodec;

/** A small client of the store's HTTP API; failures become one clear message. */
final class ApiClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiClient(String base) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** GETs a path with query parameters (each value list repeats the parameter) and parses the JSON. */
    JsonNode get(String path, Map<String, List<String>> query) {
        return JsonCodec.mapper().valueToTree(parse(getText(path, query, "application/json")));
    }

    /** GETs a path and returns the body as text, asking for the given media type. */
    String getText(String path, Map<String, List<String>> query, String accept) {
        URI uri = base.resolve(path + queryString(query));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", accept)
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalArgumentException(errorOf(response));
            }
            return response.body();
        } catch (ConnectException e) {
            throw new IllegalStateException("the store's API at " + base + " is not reachable; start it with "
                    + "'oxidation up' or give --api URL");
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Object parse(String body) {
        try {
            return JsonCodec.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("the API answered with something that is not JSON");
        }
    }

    private static String errorOf(HttpResponse<String> response) {
        try {
            JsonNode error = JsonCodec.mapper().readTree(response.body());
            if (error.hasNonNull("error")) {
                return error.get("error").asText();
            }
        } catch (IOException e) {
            // not a JSON error body: fall through to the status line
        }
        return "the API answered HTTP " + response.statusCode();
    }

    private static String queryString(Map<String, List<String>> query) {
        String joined = query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
