package oxidation.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a fetched body to text: a byte order mark wins (UTF-8/16/32), then the HTTP charset, then the
 * XML declaration's encoding, then UTF-8; bytes that none of them decode cleanly are read as Windows-1252,
 * the usual undeclared legacy encoding. A leading BOM character is never part of the text.
 */
record BodyText(String text, Charset charset) {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");

    static BodyText decode(byte[] body, String contentType) {
        BodyText decoded = detect(body, contentType);
        return new BodyText(demoronize(decoded.text()), decoded.charset());
    }

    /**
     * C1 control characters (U+0080 to U+009F) never mean themselves in a feed: they are Windows-1252
     * punctuation (smart quotes, dashes) mislabelled as Latin-1 or re-encoded as UTF-8; they become the
     * characters Windows-1252 gives those bytes.
     */
    static String demoronize(String text) {
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            out.append(windows1252(text.charAt(i)));
        }
        return out.toString();
    }

    static char windows1252(char c) {
        if (c < 0x80 || c > 0x9F) {
            return c;
        }
        char mapped = new String(new byte[] {(byte) c}, WINDOWS_1252).charAt(0);
        return mapped == '\uFFFD' ? c : mapped;
    }

    private static BodyText detect(byte[] body, String contentType) {
        Charset bom = bomCharset(body);
        if (bom != null) {
            int skip = bomLength(bom);
            return new BodyText(lenient(body, skip, bom), bom);
        }
        Charset wide = wideWithoutBom(body);
        if (wide != null) {
            return new BodyText(stripBom(lenient(body, 0, wide)), wide);
        }
        for (Charset candidate : candidates(body, contentType)) {
            String text = strict(body, candidate);
            if (text != null) {
                return new BodyText(stripBom(text), candidate);
            }
        }
        return new BodyText(stripBom(lenient(body, 0, WINDOWS_1252)), WINDOWS_1252);
    }

    private static List<Charset> candidates(byte[] body, String contentType) {
        List<Charset> out = new ArrayList<>(4);
        addNamed(out, contentType == null ? null : find(HTTP_CHARSET, contentType));
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        addNamed(out, find(XML_ENCODING, head));
        add(out, StandardCharsets.UTF_8);
        add(out, WINDOWS_1252);
        return out;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static void addNamed(List<Charset> out, String name) {
        if (name == null) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
            add(out, WINDOWS_1252);   // what browsers do: these labels mean windows-1252 on the web
            return;
        }
        if (lower.startsWith("utf-16") || lower.startsWith("utf-32") || lower.equals("ucs-2")) {
            return;                   // without a BOM these would have been recognised from the bytes
        }
        try {
            add(out, Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            // an unknown or bogus label: the next candidate decides
        }
    }

    private static void add(List<Charset> out, Charset charset) {
        if (!out.contains(charset)) {
            out.add(charset);
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(Charset charset) {
        if (charset == UTF_32BE || charset == UTF_32LE) {
            return 4;
        }
        return charset == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /** UTF-16/32 without a BOM, recognised by how {@code <} is laid out in the first bytes. */
    private static Charset wideWithoutBom(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0x00, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0x3C, 0x00, 0x3F, 0x00) || startsWith(b, 0x3C, 0x00, 0x72, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(byte[] body, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] body, int offset, Charset charset) {
        return new String(body, offset, body.length - offset, charset);
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
