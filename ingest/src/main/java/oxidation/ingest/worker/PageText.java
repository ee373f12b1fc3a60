package oxidation.ingest.worker;

import java.net.URI;
import java.util.Locale;
import oxidation.ingest.extract.Extracted;
import oxidation.ingest.extract.MainText;
import oxidation.ingest.fetch.FetchResult;
import oxidation.ingest.fetch.Fetcher;
import oxidation.ingest.fetch.Validators;

/** Fetches an article's page through the polite fetcher and extracts its main text. */
final class PageText {

    private final Fetcher fetcher;

    PageText(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** What a page gave: its extracted text, or why there is none. */
    sealed interface Outcome {
    }

    record Page(Extracted extracted, URI uri) implements Outcome {
    }

    record NoPage(String reason) implements Outcome {
    }

    Outcome fetch(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return new NoPage("not a valid page URL: " + e.getMessage());
        }
        return switch (fetcher.fetch(uri, Validators.NONE)) {
            case FetchResult.Fetched f when !isHtml(f.contentType(), f.body()) ->
                    new NoPage("page " + f.uri() + " is not HTML but " + f.contentType());
            case FetchResult.Fetched f -> extract(f);
            case FetchResult.NotModified n -> new NoPage("page " + uri + " answered 304 to an unconditional request");
            case FetchResult.Failed x -> new NoPage(x.reason());
        };
    }

    private static Outcome extract(FetchResult.Fetched f) {
        try {
            Extracted extracted = MainText.extract(Charsets.decode(f.body(), f.contentType()), f.uri());
            if (extracted == null || extracted.text() == null || extracted.text().isBlank()) {
                return new NoPage("no main text found in " + f.uri());
            }
            return new Page(extracted, f.uri());
        } catch (RuntimeException e) {
            return new NoPage("extracting " + f.uri() + " failed: " + e);
        }
    }

    private static boolean isHtml(String contentType, byte[] body) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            return type.contains("html");
        }
        String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }
}
