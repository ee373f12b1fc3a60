package oxidation.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    private static final byte[] FEED = "<rss><channel><title>uv 0.5</title></channel></rss>".getBytes(StandardCharsets.UTF_8);

    private final BodyReader reader = new BodyReader(1024 * 1024);

    @Test
    void decodesGzip() throws Exception {
        assertThat(reader.read(new ByteArrayInputStream(gzip(FEED)), "gzip", () -> { })).isEqualTo(FEED);
    }

    @Test
    void decodesZlibWrappedAndRawDeflate() throws Exception {
        assertThat(reader.read(new ByteArrayInputStream(deflate(FEED, false)), "deflate", () -> { })).isEqualTo(FEED);
        assertThat(reader.read(new ByteArrayInputStream(deflate(FEED, true)), "Deflate", () -> { })).isEqualTo(FEED);
    }

    @Test
    void passesIdentityThrough() throws Exception {
        assertThat(reader.read(new ByteArrayInputStream(FEED), null, () -> { })).isEqualTo(FEED);
        assertThat(reader.read(new ByteArrayInputStream(FEED), "identity", () -> { })).isEqualTo(FEED);
    }

    @Test
    void stopsAGzipBombAtTheCapCountedAfterDecompression() throws Exception {
        byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        AtomicInteger chunks = new AtomicInteger();
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb), "gzip", chunks::incrementAndGet))
                .isInstanceOf(FetchException.class)
                .hasMessage("body larger than 1048576 bytes after gzip decoding");
        assertThat(chunks.get()).isLessThan(100);
    }

    @Test
    void stopsAnUncompressedBodyAtTheCap() {
        assertThatThrownBy(() -> new BodyReader(10).read(new ByteArrayInputStream(FEED), null, () -> { }))
                .isInstanceOf(FetchException.class).hasMessage("body larger than 10 bytes");
    }

    @Test
    void reportsCorruptGzipAndUnknownEncodingsAsFailures() {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(FEED), "gzip", () -> { }))
                .isInstanceOf(FetchException.class).hasMessageStartingWith("body is not valid gzip");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(FEED), "br", () -> { }))
                .isInstanceOf(FetchException.class).hasMessage("unsupported content encoding 'br'");
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(data);
        }
        return out.toByteArray();
    }
}
