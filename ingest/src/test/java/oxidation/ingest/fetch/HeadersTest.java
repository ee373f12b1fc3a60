package oxidation.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersTest {

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
    }

    @Test
    void readsMaxAgeAmongOtherDirectives() {
        assertThat(Headers.maxAge(headers("Cache-Control", "public, max-age=600, must-revalidate")))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(Headers.maxAge(headers("Cache-Control", "no-store, max-age=600"))).isNull();
        assertThat(Headers.maxAge(headers("Cache-Control", "max-age=99999999999"))).isEqualTo(Duration.ofDays(7));
        assertThat(Headers.maxAge(headers("Cache-Control", "max-age=soon"))).isNull();
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        Instant now = Instant.parse("2025-06-01T12:00:00Z");
        assertThat(Headers.retryAfter(headers("Retry-After", "120"), now)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Headers.retryAfter(headers("Retry-After", "Sun, 01 Jun 2025 12:05:00 GMT"), now))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(Headers.retryAfter(headers("Retry-After", "Sun, 01 Jun 2025 11:05:00 GMT"), now))
                .isEqualTo(Duration.ZERO);
        assertThat(Headers.retryAfter(headers("Retry-After", "tomorrow"), now)).isNull();
    }
}
