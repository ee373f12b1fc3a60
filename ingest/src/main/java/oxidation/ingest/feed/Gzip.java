package oxidation.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Bodies served as gzip files ({@code sitemap.xml.gz}) rather than with a Content-Encoding. */
final class Gzip {

    static final int MAX_INFLATED = 50 * 1024 * 1024;

    private Gzip() {
    }

    static byte[] inflateIfGzip(byte[] body) throws FeedException {
        if (body.length < 2 || (body[0] & 0xFF) != 0x1F || (body[1] & 0xFF) != 0x8B) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new FeedException("gzip body inflates beyond " + MAX_INFLATED + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FeedException("corrupt gzip body: " + e.getMessage(), e);
        }
    }
}
