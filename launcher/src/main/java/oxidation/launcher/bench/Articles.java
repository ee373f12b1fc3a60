package oxidation.launcher.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.Evidence;
import oxidation.events.RawArticle;
import oxidation.events.Tag;
import oxidation.events.TaggedArticle;

/** Raw and tagged articles over five years, with a realistic share per tool, from benchmark text. */
final class Articles {

    static final Instant START = Instant.parse("2021-01-04T00:00:00Z");
    static final int DAYS = 5 * 365;
    /** Tools with their share of articles: uv popular (20%), pixi rare (1%); the rest spread evenly. */
    static final List<String> TOOLS = List.of("uv", "ruff", "polars", "pydantic-core", "pip", "black", "pandas",
            "orjson", "pyo3", "maturin", "pixi");
    private static final double[] SHARES = {0.20, 0.12, 0.10, 0.08, 0.10, 0.08, 0.06, 0.05, 0.05, 0.04, 0.01};

    private final Texts texts;

    Articles(Texts texts) {
        this.texts = texts;
    }

    /** A tool drawn by its share; about 11% of draws fall outside {@link #TOOLS} and give null. */
    String tool() {
        double r = texts.nextInt(1_000_000) / 1e6;
        for (int i = 0; i < SHARES.length; i++) {
            r -= SHARES[i];
            if (r < 0) {
                return TOOLS.get(i);
            }
        }
        return null;
    }

    /** Article n of a source, published at a random time of the five years, about {@code chars} of text. */
    RawArticle raw(int n, int chars) {
        int source = texts.nextInt(200);
        Instant published = START.plusSeconds(texts.nextInt(DAYS) * 86_400L + texts.nextInt(86_400));
        String url = "https://site" + source + ".example/posts/" + n;
        String canonical = CanonicalUrl.of(url);
        List<String> paragraphs = texts.document(n, chars);
        String title = paragraphs.get(1).substring(0, Math.min(90, paragraphs.get(1).length()));
        String text = String.join("\n\n", paragraphs);
        return new RawArticle(RawArticle.SCHEMA, ArticleId.ofCanonical(canonical), url, canonical, "source-" + source,
                ArticleKind.POST, title, "A. Writer", published, null, published.plusSeconds(600),
                text.substring(0, Math.min(300, text.length())), text, "en", null);
    }

    /** The same article tagged with none, one or two tools, each with one piece of evidence. */
    TaggedArticle tagged(RawArticle raw) {
        List<Tag> tags = new ArrayList<>();
        int count = texts.nextInt(3);
        for (int i = 0; i < count; i++) {
            String tool = tool();
            if (tool != null && tags.stream().noneMatch(t -> t.tool().equals(tool))) {
                tags.add(new Tag(tool, 1 + texts.nextInt(4), 0.9, List.of(new Evidence("we moved to " + tool
                        + " last week", 12, 12 + tool.length())), "name"));
            }
        }
        return new TaggedArticle(TaggedArticle.SCHEMA, raw, tags, !tags.isEmpty(), tags.isEmpty() ? 0.1 : 0.8,
                "bench-1", raw.fetched().plusSeconds(1));
    }

    List<TaggedArticle> tagged(int count, int chars) {
        List<TaggedArticle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(tagged(raw(i, chars)));
        }
        return out;
    }
}
