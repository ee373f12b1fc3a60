package oxidation.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static final String TEXT = "<html><head>%s</head><body>Crème brûlée — naïve</body></html>";

    @Test
    void honoursTheHttpCharsetFirst() {
        byte[] body = TEXT.formatted("").getBytes(Charset.forName("windows-1252"));
        assertThat(Charsets.decode(body, "text/html; charset=windows-1252")).contains("Crème brûlée — naïve");
        assertThat(Charsets.decode(body, "text/html; charset=ISO-8859-1")).contains("Crème brûlée — naïve");
    }

    @Test
    void readsAMetaCharsetWhenTheHeaderHasNone() {
        byte[] body = TEXT.formatted("<meta charset=\"iso-8859-15\">").getBytes(Charset.forName("iso-8859-15"));
        assertThat(Charsets.decode(body, "text/html")).contains("Crème brûlée");
    }

    @Test
    void honoursByteOrderMarksAndFallsBackToUtf8() {
        String page = TEXT.formatted("");
        byte[] utf16 = page.getBytes(StandardCharsets.UTF_16);
        assertThat(Charsets.decode(utf16, null)).isEqualTo(page);
        byte[] bom = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
        assertThat(Charsets.decode(bom, "text/html")).isEqualTo(page);
        assertThat(Charsets.decode(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=bogus")).isEqualTo(page);
    }
}
