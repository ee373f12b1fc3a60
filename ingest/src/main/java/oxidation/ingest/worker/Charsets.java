package oxidation.ingest.worker;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes an HTML page: the HTTP charset, else a byte order mark, else a {@code <meta>} charset, else UTF-8. */
final class Charsets {

    private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    static String decode(byte[] body, String contentType) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = named(contentType == null ? null : HEADER.matcher(contentType));
        if (charset == null) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            charset = named(META.matcher(head));
        }
        return new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset named(Matcher m) {
        if (m == null || !m.find()) {
            return null;
        }
        try {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            return Charset.forName(name.equals("iso-8859-1") || name.equals("latin1") ? "windows-1252" : name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
