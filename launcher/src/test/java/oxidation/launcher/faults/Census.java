package oxidation.launcher.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import oxidation.events.JsonCodec;
import oxidation.testkit.TestDatabase;

/**
 * What the store holds, read the way a user reads it: the weekly timeline per tool and the weekly totals
 * through the HTTP API, and the stored article ids straight from the database.
 */
record Census(Map<String, Map<LocalDate, Integer>> counts, Map<LocalDate, Integer> totals, List<String> ids) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Reads the store, or returns null while its API or database does not answer. */
    static Census take(int httpPort, TestDatabase.Database db) {
        try {
            StringBuilder query = new StringBuilder("/api/timeline?bucket=week&from=" + FeedFarm.firstDay()
                    + "&to=" + FeedFarm.lastDay());
            FeedFarm.SENTENCES.keySet().forEach(tool -> query.append("&tool=").append(tool));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + httpPort + query)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            Map<String, Map<LocalDate, Integer>> counts = new TreeMap<>();
            Map<LocalDate, Integer> totals = new TreeMap<>();
            for (JsonNode series : JsonCodec.mapper().readTree(response.body()).get("series")) {
                for (JsonNode point : series.get("points")) {
                    LocalDate week = LocalDate.parse(point.get("start").asText());
                    if (point.get("count").asInt() > 0) {
                        counts.computeIfAbsent(series.get("key").asText(), k -> new TreeMap<>())
                                .put(week, point.get("count").asInt());
                    }
                    if (point.get("total").asInt() > 0) {
                        totals.put(week, point.get("total").asInt());
                    }
                }
            }
            return new Census(counts, totals, storedIds(db));
        } catch (Exception e) {
            return null;
        }
    }

    private static List<String> storedIds(TestDatabase.Database db) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM article")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
