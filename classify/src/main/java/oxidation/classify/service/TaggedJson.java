package oxidation.classify.service;

import java.nio.charset.StandardCharsets;
import oxidation.events.JsonCodec;
import oxidation.events.TaggedArticle;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The JSON of a tagged article, written around the raw article's own bytes. An article is mostly its text,
 * and the raw record already holds it as JSON that has just been read without error, so it is copied into
 * the tagged record instead of being encoded again; only the tags and the fields beside them are encoded.
 * A raw value that is not a plain UTF-8 JSON object (a byte order mark, UTF-16 or UTF-32, anything after the
 * closing brace) is encoded the ordinary way.
 */
final class TaggedJson {

    private static final byte[] HEAD = "{\"article\":".getBytes(StandardCharsets.US_ASCII);
    /** Writes a tagged article without its article: the fields beside it, as the shared codec names them. */
    private static final ObjectWriter BESIDE = JsonCodec.mapper().copy()
            .addMixIn(TaggedArticle.class, WithoutArticle.class)
            .writerFor(TaggedArticle.class);

    @JsonIgnoreProperties("article")
    private interface WithoutArticle {
    }

    private TaggedJson() {
    }

    /** The JSON of {@code tagged}, whose article was read from {@code rawJson}. */
    static byte[] encode(TaggedArticle tagged, byte[] rawJson) {
        if (!isPlainObject(rawJson)) {
            return JsonCodec.encode(tagged);
        }
        byte[] beside;
        try {
            beside = BESIDE.writeValueAsBytes(tagged);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode TaggedArticle: " + e.getOriginalMessage(), e);
        }
        byte[] out = new byte[HEAD.length + rawJson.length + beside.length];
        System.arraycopy(HEAD, 0, out, 0, HEAD.length);
        System.arraycopy(rawJson, 0, out, HEAD.length, rawJson.length);
        out[HEAD.length + rawJson.length] = ',';
        // the fields beside the article, without their opening brace (the comma takes its place)
        System.arraycopy(beside, 1, out, HEAD.length + rawJson.length + 1, beside.length - 1);
        return out;
    }

    /**
     * Whether the bytes start with '{' and end with '}' apart from JSON whitespace: with the codec refusing
     * anything after the first value, and UTF-16 or UTF-32 text having zero bytes around each brace, such
     * bytes that decoded are one UTF-8 JSON object.
     */
    static boolean isPlainObject(byte[] json) {
        int from = 0;
        int to = json.length - 1;
        while (from <= to && isWhitespace(json[from])) {
            from++;
        }
        while (to >= from && isWhitespace(json[to])) {
            to--;
        }
        return from < to && json[from] == '{' && json[to] == '}';
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
