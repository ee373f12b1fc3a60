package oxidation.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thu, 01 Jan 2004 19:48:21 GMT|2004-01-01T19:48:21Z",
        "Thu, 1 Jan 2004 19:48 EST|2004-01-02T00:48:00Z",
        "01 Jan 04 19:48:21 +0100|2004-01-01T18:48:21Z",
        "Mon, 21 Jan 2008 8:56 am PST|2008-01-21T16:56:00Z",
        "Mon, 21 Jan 2008 12:05 pm PDT|2008-01-21T19:05:00Z",
        "2006-01-11 16:43:22 -0800|2006-01-12T00:43:22Z",
        "2003-12-31T10:14:55Z|2003-12-31T10:14:55Z",
        "2003-12-31T10:14:55.123-05:00|2003-12-31T15:14:55.123Z",
        "2003-12-31T10:14:55|2003-12-31T10:14:55Z",
        "2003-12-31|2003-12-31T00:00:00Z",
        "2003-12|2003-12-01T00:00:00Z",
        "'   Sun, 19 May 2002 15:21:36 GMT\n'|2002-05-19T15:21:36Z",
        "January 5, 2024 10:00 UTC|2024-01-05T10:00:00Z",
    })
    void parsesTheDateFormsFeedsUse(String text, String expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "   ", "yesterday", "Thu, 01 Jan 99999 19:48:21 GMT", "10000-01-01T00:00:00Z",
        "2004-13-01", "2004-02-30T00:00:00Z", "Thu, 32 Jan 2004 00:00:00 GMT", "13:00 pm"})
    void givesNoDateForWhatIsNoDate(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }
}
