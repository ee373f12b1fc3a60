package oxidation.store.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.Evidence;
import oxidation.events.RawArticle;
import oxidation.events.SourceStatus;
import oxidation.events.Tag;
import oxidation.events.TaggedArticle;
import oxidation.store.Fixtures;

/**
 * The known articles the page test stores: uv and ruff over three ISO weeks of March 2024 with a uv release,
 * an untagged article, a week of Black larger than one page of articles, and polars articles whose title, summary, evidence and URL are hostile.
 */
final class PageSeed {

    static final String SCRIPT_TITLE = "<script>window.__pwned = true; alert('title')</script>";
    static final String IMG_SUMMARY = "<img src=x onerror=\"window.__pwned = true; alert('summary')\">";
    static final String SNIPPET = "we rewrote it with <b onmouseover=\"alert(1)\">polars</b><script>alert('snippet')</script>";

    /** More articles than one page of the drill-down holds, so the list must page. */
    static final int BLACK_WEEK_TWELVE = 57;

    /** Monday of ISO week 2024-W10. */
    private static final Instant W10 = Instant.parse("2024-03-04T09:00:00Z");
    private static final long DAY = 86_400;

    private final List<TaggedArticle> uvWeekTen = new ArrayList<>();
    private final List<TaggedArticle> articles = new ArrayList<>();
    private final TaggedArticle uvRelease;
    private final TaggedArticle hostile;
    private final TaggedArticle javascriptLink;

    PageSeed() {
        for (int i = 0; i < 3; i++) {
            uvWeekTen.add(post("https://blog.example/uv-w10-" + i, "uv in week ten, part " + i, i, "uv"));
        }
        articles.addAll(uvWeekTen);
        articles.add(post("https://blog.example/ruff-w10", "Ruff lints the monorepo", 1, "ruff"));
        articles.add(post("https://blog.example/untagged-w10", "A post about nothing in the catalog", 2));
        articles.add(post("https://blog.example/uv-w11", "uv replaces pip-tools", 8, "uv"));
        uvRelease = Fixtures.release("uv", "0.1.0", W10.plusSeconds(9 * DAY), "page-1");
        articles.add(uvRelease);
        hostile = hostile(W10.plusSeconds(10 * DAY));
        articles.add(hostile);
        javascriptLink = javascriptLink(W10.plusSeconds(11 * DAY));
        articles.add(javascriptLink);
        articles.add(post("https://blog.example/uv-w12-a", "uv and Ruff in CI", 15, "uv", "ruff"));
        articles.add(post("https://blog.example/uv-w12-b", "Why we moved to uv", 16, "uv"));
        articles.add(post("https://blog.example/ruff-w12", "Ruff format is stable", 17, "ruff"));
        for (int i = 0; i < BLACK_WEEK_TWELVE; i++) {
            articles.add(post("https://blog.example/black-w12-" + i, "Black, still formatting #" + i, 18, "black"));
        }
    }

    private static TaggedArticle post(String url, String title, int day, String... tools) {
        return Fixtures.tagged(Fixtures.raw(url, "blog-" + (day % 3), W10.plusSeconds(day * DAY + Math.floorMod(url.hashCode(), 840) * 60L),
                ArticleKind.POST, title, null), "page-1", tools);
    }

    private static TaggedArticle hostile(Instant published) {
        String url = "https://blog.example/polars-hostile";
        String canonical = CanonicalUrl.of(url);
        RawArticle raw = new RawArticle(RawArticle.SCHEMA, ArticleId.ofCanonical(canonical), url, canonical,
                "blog-hostile", ArticleKind.POST, SCRIPT_TITLE, "<i>M. Allory</i>", published, null,
                published.plusSeconds(60), IMG_SUMMARY, SNIPPET, "en", null);
        Tag tag = new Tag("polars", 1, 0.9, List.of(new Evidence(SNIPPET, 43, 49)), "name");
        return new TaggedArticle(TaggedArticle.SCHEMA, raw, List.of(tag), true, 0.8, "page-1",
                raw.fetched().plusSeconds(1));
    }

    private static TaggedArticle javascriptLink(Instant published) {
        String canonical = CanonicalUrl.of("https://blog.example/polars-js-link");
        RawArticle raw = new RawArticle(RawArticle.SCHEMA, ArticleId.ofCanonical(canonical),
                "javascript:window.__pwned=true", canonical, "blog-hostile", ArticleKind.POST,
                "Polars link that is a script", null, published, null, published.plusSeconds(60), null, "polars",
                "en", null);
        return Fixtures.tagged(raw, "page-1", "polars");
    }

    /** A source that failed on a day of ISO week 11, so that week's counts may be low. */
    SourceStatus downSource() {
        Instant failed = W10.plusSeconds(9 * DAY);
        return new SourceStatus(SourceStatus.SCHEMA, "blog-2", "https://blog.example/feed-2", false, failed, W10,
                failed, "HTTP 503", 1, null, 10, null, null, null);
    }

    /** The Monday of the week the source was down. */
    String downWeek() {
        return LocalDate.ofInstant(downSource().lastFailure(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }

    List<TaggedArticle> articles() {
        return List.copyOf(articles);
    }

    List<TaggedArticle> uvWeekTen() {
        return List.copyOf(uvWeekTen);
    }

    TaggedArticle uvRelease() {
        return uvRelease;
    }

    TaggedArticle hostile() {
        return hostile;
    }

    TaggedArticle javascriptLink() {
        return javascriptLink;
    }

    List<TaggedArticle> tagged(String tool) {
        return articles.stream().filter(a -> a.tags().stream().anyMatch(t -> t.tool().equals(tool))).toList();
    }

    List<String> titles(List<TaggedArticle> list) {
        return list.stream().map(a -> a.article().title()).toList();
    }

    /** Week start to the number of articles tagged with the tool, for every week from the first to the last article. */
    Map<String, Long> weeklyCounts(String tool) {
        Map<String, Long> counts = new TreeMap<>();
        LocalDate first = LocalDate.parse(articles.stream().map(PageSeed::weekOf).min(String::compareTo).orElseThrow());
        LocalDate last = LocalDate.parse(articles.stream().map(PageSeed::weekOf).max(String::compareTo).orElseThrow());
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            counts.put(week.toString(), 0L);
        }
        tagged(tool).forEach(a -> counts.merge(weekOf(a), 1L, Long::sum));
        return counts;
    }

    /** The Monday (UTC) of the article's ISO week. */
    static String weekOf(TaggedArticle article) {
        return LocalDate.ofInstant(article.article().published(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }
}
