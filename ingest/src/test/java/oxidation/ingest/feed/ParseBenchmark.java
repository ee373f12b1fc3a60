package oxidation.ingest.feed;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.ingest.extract.MainText;
import oxidation.testkit.SharedData;

/**
 * Parse throughput of {@link SourceReader} against the raw cost of its parts on the same bytes: a bare
 * Rome parse and a bare jsoup XML parse of every well-formed XML fixture Rome accepts on its own, and
 * {@link MainText} against a bare jsoup parse + {@code body().text()} of the extraction pages. Not part
 * of the default suite (the name does not end in Test); run it on a quiet machine and quote the ratios:
 * {@code ./mvnw -q -o -pl ingest -am test -Dtest=ParseBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dbenchmark.seconds=10} for longer rounds).
 */
public final class ParseBenchmark {

    @org.junit.jupiter.api.Test
    void measuresParseThroughput() throws Exception {
        main(new String[] {System.getProperty("benchmark.seconds", "5")});
    }

    private static final Source SOURCE = Source.of("bench", "http://bench.example/feed", SourceKind.FEED, null);
    private static final URI LOCATION = URI.create("http://bench.example/feed");

    interface Work {
        void run(byte[] body) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<byte[]> feeds = romeReadable(xmlFixtures());
        long feedBytes = feeds.stream().mapToLong(b -> b.length).sum();
        System.out.printf(Locale.ROOT, "%d feeds, %d bytes%n", feeds.size(), feedBytes);
        double ours = measure("SourceReader.read", feeds, feedBytes, seconds,
                b -> SourceReader.read(SOURCE, b, null, LOCATION, Instant.EPOCH));
        SyndFeedInput input = new SyndFeedInput();
        double rome = measure("bare Rome (XmlReader + SyndFeedInput)", feeds, feedBytes, seconds,
                b -> input.build(new XmlReader(new ByteArrayInputStream(b))));
        double jsoup = measure("bare jsoup XML parse", feeds, feedBytes, seconds,
                b -> Jsoup.parse(new ByteArrayInputStream(b), null, "", Parser.xmlParser()));
        System.out.printf(Locale.ROOT, "feeds: ours/Rome = %.2f, ours/jsoup = %.2f%n", ours / rome, ours / jsoup);

        List<byte[]> pages = pages();
        long pageBytes = pages.stream().mapToLong(b -> b.length).sum();
        double extract = measure("MainText.extract", pages, pageBytes, seconds,
                b -> MainText.extract(new String(b, java.nio.charset.StandardCharsets.UTF_8), LOCATION));
        double bare = measure("bare jsoup parse + body().text()", pages, pageBytes, seconds,
                b -> Jsoup.parse(new String(b, java.nio.charset.StandardCharsets.UTF_8)).body().text());
        System.out.printf(Locale.ROOT, "pages: extract/bare = %.2f%n", extract / bare);
    }

    private static double measure(String name, List<byte[]> inputs, long bytes, double seconds, Work work)
            throws Exception {
        runFor(inputs, work, seconds / 2);
        long start = System.nanoTime();
        long rounds = runFor(inputs, work, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double perSecond = rounds * inputs.size() / elapsed;
        System.out.printf(Locale.ROOT, "%-40s %9.0f docs/s %8.1f MB/s%n", name, perSecond,
                rounds * bytes / elapsed / 1e6);
        return perSecond;
    }

    private static long runFor(List<byte[]> inputs, Work work, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long rounds = 0;
        while (System.nanoTime() < end) {
            for (byte[] input : inputs) {
                work.run(input);
            }
            rounds++;
        }
        return rounds;
    }

    private static List<byte[]> xmlFixtures() throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        try (var files = Files.list(SharedData.path("fixtures/feeds/wellformed"))) {
            for (Path file : files.sorted().toList()) {
                if (!file.toString().endsWith(".json")) {
                    bodies.add(Files.readAllBytes(file));
                }
            }
        }
        return bodies;
    }

    private static List<byte[]> romeReadable(List<byte[]> bodies) {
        List<byte[]> readable = new ArrayList<>();
        for (byte[] body : bodies) {
            try {
                new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
                readable.add(body);
            } catch (Exception e) {
                // Rome alone rejects it (DOCTYPE, BOM...): left out so both sides read the same bytes
            }
        }
        return readable;
    }

    private static List<byte[]> pages() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (var dirs = Files.list(SharedData.path("fixtures/extraction"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                pages.add(Files.readAllBytes(dir.resolve("source.html")));
            }
        }
        return pages;
    }
}
