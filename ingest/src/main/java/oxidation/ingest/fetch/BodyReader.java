package oxidation.ingest.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/** Reads a response body, decoding gzip or deflate, and stops once it grows past the cap after decoding. */
final class BodyReader {

    private final long maxBytes;

    BodyReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The decoded body.
     *
     * @param contentEncoding the {@code Content-Encoding} header, or null
     * @param progress told after every chunk read, so a watchdog sees the body move
     */
    byte[] read(InputStream raw, String contentEncoding, Runnable progress) throws IOException, FetchException {
        try (InputStream in = decoding(raw, contentEncoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new FetchException("body larger than " + maxBytes + " bytes"
                            + (isEncoded(contentEncoding) ? " after " + contentEncoding.strip() + " decoding" : ""));
                }
                out.write(buffer, 0, n);
                progress.run();
            }
            return out.toByteArray();
        } catch (ZipException e) {
            throw new FetchException("body is not valid " + contentEncoding + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEncoded(String encoding) {
        return encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity");
    }

    private static InputStream decoding(InputStream raw, String contentEncoding) throws IOException, FetchException {
        if (!isEncoded(contentEncoding)) {
            return raw;
        }
        String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw, 16384);
            case "deflate" -> inflating(new BufferedInputStream(raw, 16384));
            default -> throw new FetchException("unsupported content encoding '" + contentEncoding + "'");
        };
    }

    /** Deflate as sent in practice: zlib-wrapped as the RFC says, or raw as some servers send it. */
    private static InputStream inflating(BufferedInputStream in) throws IOException {
        in.mark(2);
        int cmf = in.read();
        int flg = in.read();
        in.reset();
        boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib), 16384);
    }
}
