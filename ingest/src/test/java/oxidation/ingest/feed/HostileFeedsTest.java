package oxidation.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import oxidation.events.Source;
import oxidation.events.SourceKind;

class HostileFeedsTest {

    private static final Source SOURCE = Source.of("hostile", "http://hostile.example/feed.xml", SourceKind.FEED, null);
    private static final URI LOCATION = URI.create("http://hostile.example/feed.xml");

    private static ParsedFeed read(String body) throws FeedException {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static ParsedFeed read(byte[] body) throws FeedException {
        return SourceReader.read(SOURCE, body, "application/rss+xml", LOCATION, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    @Timeout(10)
    void defusesABillionLaughsEntityBomb() throws FeedException {
        StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        doctype.append("]>\n");
        ParsedFeed feed = read(doctype + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>Kept</title>"
                + "<link>http://hostile.example/kept</link></item></channel></rss>");

        assertThat(feed.title()).hasSizeLessThan(100);
        assertThat(feed.articles()).extracting(a -> a.title()).containsExactly("Kept");
    }

    @Test
    void neverReadsAnExternalEntity() throws FeedException {
        ParsedFeed feed = read("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t &xxe;</title><item><title>a &xxe;</title>"
                + "<description>&xxe;</description><link>http://hostile.example/a</link></item></channel></rss>");

        assertThat(feed.title()).doesNotContain("root:");
        assertThat(feed.articles().get(0).title()).doesNotContain("root:");
        assertThat(String.valueOf(feed.articles().get(0).summary())).doesNotContain("root:");
    }

    @Test
    void neverReadsAnExternalParameterEntityOrDtd() {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\" "
                + "[<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

        assertThatCode(() -> assertThat(read(body).title()).isEqualTo("t")).doesNotThrowAnyException();
    }

    @Test
    void readsInvalidUtf8AsLegacyText() throws FeedException {
        byte[] head = "<rss version=\"2.0\"><channel><title>caf".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</title></channel></rss>".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xE9;
        body[head.length + 1] = (byte) 0xFF;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);

        assertThat(read(body).title()).startsWith("café");
    }

    @Test
    @Timeout(30)
    void readsOneHundredThousandEntriesInBoundedTime() throws FeedException {
        StringBuilder body = new StringBuilder("<rss version=\"2.0\"><channel><title>big</title><ttl>60</ttl>");
        for (int i = 0; i < 100_000; i++) {
            body.append("<item><title>Entry ").append(i).append("</title><link>http://hostile.example/e/").append(i)
                    .append("</link><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item>");
        }
        ParsedFeed feed = read(body.append("</channel></rss>").toString());

        assertThat(feed.articles()).hasSize(100_000);
        assertThat(feed.ttl()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void cutsAOneMegabyteTitle() throws FeedException {
        String title = "x".repeat(1_048_576);
        ParsedFeed feed = read("<rss version=\"2.0\"><channel><title>" + title + "</title><item><title>" + title
                + "</title><link>http://hostile.example/long</link></item></channel></rss>");

        assertThat(feed.articles().get(0).title()).hasSizeLessThanOrEqualTo(Articles.MAX_TITLE + 1);
        assertThat(feed.title()).hasSizeLessThanOrEqualTo(Articles.MAX_TITLE + 1);
    }

    @Test
    void givesNoDateForYearsBeyond9999() throws FeedException {
        ParsedFeed feed = read("<rss version=\"2.0\"><channel><item><title>t</title><link>http://hostile.example/d</link>"
                + "<pubDate>Thu, 01 Jan 99999 19:48:21 GMT</pubDate></item></channel></rss>");

        assertThat(feed.articles().get(0).published()).isNull();
    }
}
