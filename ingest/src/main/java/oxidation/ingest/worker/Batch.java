package oxidation.ingest.worker;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.DeadLetter;
import oxidation.events.RawArticle;
import oxidation.events.Source;
import oxidation.ingest.extract.Extracted;
import oxidation.ingest.feed.Rejected;

/**
 * What one poll of a source publishes: its new and changed entries (with their pages' main text where
 * the feed gave only a summary), a sitemap's unseen pages, and dead letters for rejected entries; and
 * what the source's seen map learns. Page fetches are bounded per poll; what is left over is the
 * backlog for the next poll.
 */
final class Batch {

    /** An entry whose text is shorter than this gets its page fetched. */
    static final int SHORT_TEXT = 500;

    private final Source source;
    private final Map<String, String> seen;
    private final Instant fetched;
    private final PageText pages;
    private final String articlesTopic;
    private final BooleanSupplier stop;
    private final boolean fetchPages;
    private int pageBudget;
    private boolean backlog;
    private final List<RawArticle> articles = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final Map<String, String> updates = new HashMap<>();
    private final Set<String> present = new HashSet<>();

    Batch(Source source, Map<String, String> seen, Instant fetched, PageText pages, String articlesTopic,
            boolean fetchPages, int pageBudget, BooleanSupplier stop) {
        this.source = source;
        this.seen = seen;
        this.fetched = fetched;
        this.pages = pages;
        this.articlesTopic = articlesTopic;
        this.fetchPages = fetchPages;
        this.pageBudget = pageBudget;
        this.stop = stop;
    }

    /** Takes the new and changed entries of a feed. */
    void entries(List<RawArticle> parsed) {
        parsed.forEach(a -> present.add(a.id()));
        for (RawArticle entry : SeenEntries.fresh(parsed, seen)) {
            if (!needsPage(entry)) {
                add(entry, SeenEntries.hash(entry));
            } else if (takePage()) {
                add(withPage(entry), SeenEntries.hash(entry));
            } else {
                backlog = true;
            }
        }
    }

    /** Takes a sitemap's pages that were never fetched. */
    void pages(List<URI> listed) {
        for (URI uri : listed) {
            String url = uri.toString();
            String id;
            try {
                id = ArticleId.of(url);
            } catch (IllegalArgumentException e) {
                reject(url, e.getMessage());
                continue;
            }
            present.add(id);
            if (seen.containsKey(id) || updates.containsKey(id)) {
                continue;
            }
            if (!takePage()) {
                backlog = true;
                continue;
            }
            switch (pages.fetch(url)) {
                case PageText.Page page -> add(pageArticle(url, page.extracted()), "page");
                case PageText.NoPage none -> {
                    deadLetters.add(letter(url, none.reason()));
                    updates.put(id, "failed");
                }
            }
        }
    }

    /** Takes the entries the parser rejected: each goes to the dead letters once. */
    void rejected(List<Rejected> rejected) {
        for (Rejected r : rejected) {
            reject(r.entryRef(), r.reason());
        }
    }

    List<RawArticle> articles() {
        return articles;
    }

    List<DeadLetter> deadLetters() {
        return deadLetters;
    }

    /** What the seen map learns: article id to entry hash, and the keys of dead-lettered entries. */
    Map<String, String> updates() {
        return updates;
    }

    /** Every key the source still holds, for pruning the seen map. */
    Set<String> present() {
        return present;
    }

    /** True when pages were left for the next poll. */
    boolean backlog() {
        return backlog;
    }

    private void reject(String entryRef, String reason) {
        String key = SeenEntries.rejectedKey(entryRef, reason);
        present.add(key);
        if (!seen.containsKey(key) && updates.putIfAbsent(key, "rejected") == null) {
            deadLetters.add(letter(entryRef, reason));
        }
    }

    private DeadLetter letter(String entryRef, String reason) {
        return DeadLetter.of(articlesTopic, -1, -1, source.id(), entryRef.getBytes(StandardCharsets.UTF_8),
                "source " + source.id() + ": " + reason, ArticleSink.SERVICE, fetched);
    }

    private void add(RawArticle article, String hash) {
        articles.add(article);
        updates.put(article.id(), hash);
    }

    private boolean needsPage(RawArticle a) {
        return fetchPages && a.kind() == ArticleKind.POST && (a.text() == null || a.text().strip().length() < SHORT_TEXT)
                && !a.url().equals(source.url());
    }

    private boolean takePage() {
        if (stop.getAsBoolean() || pageBudget <= 0) {
            return false;
        }
        pageBudget--;
        return true;
    }

    private RawArticle withPage(RawArticle a) {
        if (!(pages.fetch(a.url()) instanceof PageText.Page page)) {
            return a;
        }
        Extracted e = page.extracted();
        String text = a.text() == null || e.text().length() > a.text().length() ? e.text() : a.text();
        return new RawArticle(a.schema(), a.id(), a.url(), a.canonicalUrl(), a.sourceId(), a.kind(), a.title(),
                a.author() != null ? a.author() : e.author(), a.published() != null ? a.published() : e.published(),
                a.updated(), a.fetched(), a.summary(), text, a.language() != null ? a.language() : e.language(),
                a.release());
    }

    private RawArticle pageArticle(String url, Extracted e) {
        String title = e.title() == null || e.title().isBlank() ? url : e.title();
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), source.id(),
                ArticleKind.POST, title, e.author(), e.published(), null, fetched, null, e.text(), e.language(), null);
    }
}
