package oxidation.ingest.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The caching and retry headers a fetch honours. */
final class Headers {

    private static final Duration LONGEST = Duration.ofDays(7);

    private Headers() {
    }

    /** {@code Cache-Control: max-age} (or {@code s-maxage}), capped at a week; null when absent or no-store. */
    static Duration maxAge(HttpHeaders headers) {
        Duration found = null;
        for (String value : headers.allValues("Cache-Control")) {
            for (String directive : value.split(",")) {
                String d = directive.strip().toLowerCase(Locale.ROOT);
                if (d.equals("no-store") || d.equals("no-cache")) {
                    return null;
                }
                if (d.startsWith("max-age=") || d.startsWith("s-maxage=")) {
                    Duration age = seconds(d.substring(d.indexOf('=') + 1));
                    found = age == null ? found : age;
                }
            }
        }
        return found;
    }

    /** {@code Retry-After} as seconds or an HTTP date, capped at a week; null when absent or unreadable. */
    static Duration retryAfter(HttpHeaders headers, Instant now) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Duration seconds = seconds(value);
        if (seconds != null) {
            return seconds;
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : min(until);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration seconds(String text) {
        String t = text.strip().replace("\"", "");
        if (!t.matches("\\d{1,12}")) {
            return null;
        }
        return min(Duration.ofSeconds(Long.parseLong(t)));
    }

    private static Duration min(Duration d) {
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }
}
