package oxidation.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import oxidation.events.SourceKind;
import oxidation.testkit.SharedData;

/** The shared feed fixtures and their manifest, read as the ingest reads a fetched body. */
final class FeedFixtures {

    static final URI LOCATION = URI.create("http://fixtures.example/feeds/feed.xml");

    private FeedFixtures() {
    }

    static Path dir() {
        return SharedData.path("fixtures/feeds");
    }

    static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(dir().resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> manifest() {
        try {
            List<JsonNode> records = new ArrayList<>();
            new ObjectMapper().readTree(dir().resolve("manifest.json").toFile()).forEach(records::add);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedDocument read(String file) throws FeedException {
        return SourceReader.document(SourceKind.FEED, BodyText.decode(bytes(file), null).text(), LOCATION);
    }
}
