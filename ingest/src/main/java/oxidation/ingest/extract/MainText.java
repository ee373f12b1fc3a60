package oxidation.ingest.extract;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Readability-style main-text extraction: the page's metadata (title, byline, date, language) from its
 * meta tags, then its article body found by scoring blocks on text length, commas, link density and
 * class/id hints, with navigation, headers, footers, asides, comments, ads and share widgets dropped.
 * When a strict pass finds too little text, looser passes run and the longest result wins, as
 * Readability does; each pass works on its own copy of the page, cloned when the page's text is too short
 * for any pass to be enough (all four will run), parsed again otherwise. Pure and thread-safe.
 */
public final class MainText {

    static final int ENOUGH_CHARS = 500;

    private MainText() {
    }

    /**
     * Extracts a page. Never throws on bad HTML: anything jsoup can read (which is anything) gives a result.
     *
     * @param base the page's URL for relative links, or null
     */
    public static Extracted extract(String html, URI base) {
        String source = html == null ? "" : html;
        String baseUri = base == null ? "" : base.toString();
        Document page = Jsoup.parse(source, baseUri);
        PageMetadata metadata = PageMetadata.of(page);
        Document pristine = metadata.textLimit() < ENOUGH_CHARS ? page.clone() : null;
        String best = "";
        for (Pass pass : Pass.values()) {
            Document copy = pass == Pass.STRICT ? page
                    : pristine != null ? pristine.clone() : Jsoup.parse(source, baseUri);
            String text = text(copy, metadata.title(), pass);
            if (text.length() > best.length()) {
                best = text;
            }
            if (best.length() >= ENOUGH_CHARS) {
                break;
            }
        }
        return new Extracted(metadata.title(), metadata.author(), metadata.published(), metadata.language(), best);
    }

    private static String text(Document page, String title, Pass pass) {
        Cleaner.prepare(page, pass);
        Article article = Candidates.article(page, pass);
        Cleaner.tidy(article, title, pass);
        return PlainText.of(article.root(), article.textLength());
    }

    /** How strict a pass is: later passes keep what earlier ones dropped. */
    enum Pass {
        STRICT(true, true, true),
        KEEP_UNLIKELY(false, true, true),
        NO_CLASS_WEIGHT(false, false, true),
        NO_CONDITIONAL_CLEANING(false, false, false);

        final boolean stripUnlikely;
        final boolean weighClasses;
        final boolean cleanConditionally;

        Pass(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {
            this.stripUnlikely = stripUnlikely;
            this.weighClasses = weighClasses;
            this.cleanConditionally = cleanConditionally;
        }
    }
}
