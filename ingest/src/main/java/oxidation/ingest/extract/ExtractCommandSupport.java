package oxidation.ingest.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seam behind {@code oxidation extract FILE...|URL [--base-url URL]}: one JSON object per input with
 * its {@code file} (or {@code url}), {@code title}, {@code author}, {@code published}, {@code language}
 * and {@code text}; or the input and an {@code error}. The page's charset comes from a BOM, the
 * Content-Type or its {@code <meta charset>}, else UTF-8. Never throws for a bad input.
 */
public final class ExtractCommandSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private ExtractCommandSupport() {
    }

    /** A local HTML file; {@code baseUrl} (nullable) resolves its relative links. */
    public static ObjectNode describe(Path file, URI baseUrl) {
        ObjectNode out = MAPPER.createObjectNode().put("file", file.toString());
        try {
            return describe(out, Files.readAllBytes(file), null, baseUrl);
        } catch (IOException e) {
            return out.put("error", "cannot read file: " + e.getMessage());
        }
    }

    /** A fetched page at its final URL; {@code contentType} may be null. */
    public static ObjectNode describe(URI url, byte[] body, String contentType) {
        return describe(MAPPER.createObjectNode().put("url", url.toString()), body, contentType, url);
    }

    private static ObjectNode describe(ObjectNode out, byte[] body, String contentType, URI base) {
        Extracted extracted = MainText.extract(decode(body, contentType), base);
        return out.put("title", extracted.title()).put("author", extracted.author())
                .put("published", extracted.published() == null ? null : extracted.published().toString())
                .put("language", extracted.language()).put("text", extracted.text());
    }

    /** The page's text, decoded by its BOM, the Content-Type charset, its meta charset, else UTF-8. */
    public static String decode(byte[] body, String contentType) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = charset(contentType);
        if (charset == null) {
            charset = charset(new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1));
        }
        return new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset charset(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
