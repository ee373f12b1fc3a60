package oxidation.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import oxidation.testkit.SharedData;

class ExtractCommandSupportTest {

    @Test
    void describesAPageFileWithItsMetadataAndText() {
        Path file = SharedData.path("fixtures/extraction/readability-heise/source.html");

        ObjectNode described = ExtractCommandSupport.describe(file, URI.create("https://www.heise.de/mac-and-i/"));

        assertThat(described.path("file").asText()).isEqualTo(file.toString());
        assertThat(described.path("title").asText()).isEqualTo("1Password für Mac generiert Einmal-Passwörter");
        assertThat(described.path("language").asText()).isEqualTo("de");
        assertThat(described.path("text").asText()).contains("Passwort");
    }

    @Test
    void decodesByTheMetaCharsetAndReportsUnreadableFiles() {
        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr\u00fc\u00dfe</p></body></html>"
                .getBytes(Charset.forName("ISO-8859-1"));

        assertThat(ExtractCommandSupport.describe(URI.create("https://x.example/p"), latin1, null).path("text").asText())
                .isEqualTo("Grüße");
        assertThat(ExtractCommandSupport.describe(Path.of("no-such-page.html"), null).path("error").asText())
                .startsWith("cannot read file");
    }
}
