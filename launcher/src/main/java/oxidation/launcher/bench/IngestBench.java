package oxidation.launcher.bench;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import oxidation.classify.bench.BenchResult;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.ingest.extract.MainText;
import oxidation.ingest.feed.ParsedFeed;
import oxidation.ingest.feed.SourceReader;

/**
 * Ingest's parsing next to the raw cost of its parts on the same bytes: {@link SourceReader} (Rome parse,
 * entry normalisation, HTML to text) against a bare Rome parse plus a bare jsoup parse of each entry's HTML,
 * and {@link MainText} against a bare jsoup parse + {@code body().text()} of the same pages. The target is on
 * time: ours at most 1.3 times the bare parse.
 */
final class IngestBench implements Part {

    private static final URI LOCATION = URI.create("http://bench.example/feed.xml");
    private static final Source SOURCE = Source.of("bench", LOCATION.toString(), SourceKind.FEED, null);
    private static final double MAX_TIME_RATIO = 1.3;

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        Texts texts = Texts.bundled(3);
        List<byte[]> feeds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            feeds.add(i % 2 == 0 ? Documents.rss(texts, i, 15) : Documents.atom(texts, i, 15));
        }
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pages.add(Documents.page(texts, i).getBytes(StandardCharsets.UTF_8));
        }
        Instant fetched = Instant.parse("2026-01-01T00:00:00Z");
        TimingLoop loop = new TimingLoop();
        TimingLoop.Pair feed = loop.measure(feeds, context.size().seconds(),
                body -> entries(SourceReader.read(SOURCE, body, "application/xml", LOCATION, fetched)),
                IngestBench::bareRomeAndJsoup);
        context.progress("feeds: SourceReader %.0f/s, bare Rome + jsoup %.0f/s", feed.ours(), feed.ceiling());
        TimingLoop.Pair page = loop.measure(pages, context.size().seconds(),
                body -> MainText.extract(new String(body, StandardCharsets.UTF_8), LOCATION).text().length(),
                body -> Jsoup.parse(new String(body, StandardCharsets.UTF_8)).body().text().length());
        context.progress("pages: MainText %.0f/s, bare jsoup %.0f/s (checksum %d)", page.ours(), page.ceiling(),
                loop.checksum());
        return List.of(
                timeRatio("ingest: feeds/s, SourceReader vs bare Rome + jsoup", feed, "feeds/s"),
                timeRatio("ingest: pages/s, MainText vs bare jsoup body().text()", page, "pages/s"));
    }

    /** A row whose value is a rate and whose ratio is the time ours takes over the bare time. */
    private static BenchResult timeRatio(String name, TimingLoop.Pair pair, String unit) {
        double timeRatio = pair.ceiling() / pair.ours();
        return new BenchResult(name, pair.ours(), unit, pair.ceiling(), timeRatio, "time <= 1.3x",
                timeRatio <= MAX_TIME_RATIO);
    }

    private static int entries(ParsedFeed parsed) {
        if (parsed.articles().isEmpty()) {
            throw new IllegalStateException("the benchmark feed gave no articles");
        }
        int n = 0;
        for (var a : parsed.articles()) {
            n += a.text() == null ? a.summary().length() : a.text().length();
        }
        return n;
    }

    private static int bareRomeAndJsoup(byte[] body) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            String html = entry.getContents().isEmpty() ? entry.getDescription().getValue()
                    : entry.getContents().stream().map(SyndContent::getValue).reduce("", String::concat);
            n += Jsoup.parse(html).text().length();
        }
        return n;
    }
}
