package oxidation.launcher.faults;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import oxidation.events.ArticleId;
import oxidation.events.Source;
import oxidation.events.SourceKind;
import oxidation.testkit.TestHttpServer;

/**
 * A local feed server for one trial: M RSS feeds holding N entries between them, each entry mentioning
 * zero to two tools by a sentence the tagger reads unambiguously. Entries appear over a spread of time, so
 * ingest keeps finding new ones while parts are killed. What the store should hold is computed here, from
 * the entries alone: the article ids, and the count per tool and ISO week.
 */
final class FeedFarm implements AutoCloseable {

    /** One sentence per tool, each tagged with exactly that tool; no sentence for an entry without tools. */
    static final Map<String, String> SENTENCES = Map.of(
            "orjson", "We switched to orjson and our JSON encoding got five times faster.",
            "polars", "We rewrote the report with import polars as pl and lazy frames.",
            "maturin", "The wheels are built with maturin build --release in CI.",
            "pyo3", "The extension module uses PyO3 for its bindings.",
            "tiktoken", "Token counts come from tiktoken before every request.",
            "ruff", "Our linting runs ruff check . on every commit.");
    static final String FILLER = "A quiet week: we fixed the build and wrote documentation.";
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 1, 6);
    private static final int WEEKS = 26;
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** One entry of a feed. */
    record Entry(int feed, int index, String url, Instant published, Set<String> tools, Duration revealAt) {

        String id() {
            return ArticleId.of(url);
        }

        LocalDate week() {
            return published.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        String text() {
            List<String> sentences = tools.stream().map(SENTENCES::get).toList();
            return sentences.isEmpty() ? FILLER : String.join(" ", sentences);
        }
    }

    private final TestHttpServer server = TestHttpServer.start();
    private final List<List<Entry>> feeds = new ArrayList<>();
    private volatile Instant opened;

    FeedFarm(long seed, int entries, int feedCount, Duration spread) {
        Random random = new Random(seed);
        List<String> tools = new ArrayList<>(new TreeSet<>(SENTENCES.keySet()));
        for (int f = 0; f < feedCount; f++) {
            feeds.add(new ArrayList<>());
        }
        for (int i = 0; i < entries; i++) {
            int f = i % feedCount;
            Collections.shuffle(tools, random);
            Set<String> mentioned = new TreeSet<>(tools.subList(0, random.nextInt(3)));
            Instant published = FIRST_MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plusSeconds(random.nextLong(WEEKS * 7L * 86_400));
            Duration revealAt = Duration.ofMillis((long) (spread.toMillis() * (i / (double) entries)));
            String url = server.uri("/posts/" + seed + "/" + f + "-" + i).toString();
            feeds.get(f).add(new Entry(f, i, url, published, mentioned, revealAt));
        }
        for (int f = 0; f < feedCount; f++) {
            int feed = f;
            server.route(path(f), exchange -> TestHttpServer.respond(exchange, 200, "application/rss+xml",
                    rss(feed).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Starts the clock: from now on entries appear as their reveal times pass. */
    void open() {
        opened = Instant.now();
    }

    List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (int f = 0; f < feeds.size(); f++) {
            sources.add(Source.of("farm-" + f, server.uri(path(f)).toString(), SourceKind.FEED, null));
        }
        return sources;
    }

    List<Entry> entries() {
        return feeds.stream().flatMap(List::stream).toList();
    }

    /** Articles per tool and week, as the store must count them. */
    Map<String, Map<LocalDate, Integer>> expectedCounts() {
        Map<String, Map<LocalDate, Integer>> counts = new TreeMap<>();
        for (Entry e : entries()) {
            for (String tool : e.tools()) {
                counts.computeIfAbsent(tool, t -> new TreeMap<>()).merge(e.week(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Articles per week, tools or not. */
    Map<LocalDate, Integer> expectedTotals() {
        Map<LocalDate, Integer> totals = new TreeMap<>();
        entries().forEach(e -> totals.merge(e.week(), 1, Integer::sum));
        return totals;
    }

    static LocalDate firstDay() {
        return FIRST_MONDAY;
    }

    static LocalDate lastDay() {
        return FIRST_MONDAY.plusWeeks(WEEKS);
    }

    int hits() {
        int sum = 0;
        for (int f = 0; f < feeds.size(); f++) {
            sum += server.hits(path(f));
        }
        return sum;
    }

    private static String path(int feed) {
        return "/feeds/" + feed + ".rss";
    }

    private String rss(int feed) {
        Instant start = opened;
        Duration elapsed = start == null ? Duration.ZERO : Duration.between(start, Instant.now());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Farm feed ").append(feed).append("</title><link>").append(server.uri("/"))
                .append("</link><description>fault trial feed</description>\n");
        List<Entry> entries = feeds.get(feed);
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (start == null || e.revealAt().compareTo(elapsed) > 0) {
                continue;
            }
            xml.append("<item><title>Week notes ").append(e.index()).append("</title><link>").append(e.url())
                    .append("</link><guid isPermaLink=\"true\">").append(e.url()).append("</guid><pubDate>")
                    .append(RFC_1123.format(e.published().atZone(ZoneOffset.UTC))).append("</pubDate><description>")
                    .append(e.text()).append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
