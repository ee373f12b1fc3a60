package oxidation.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The files the compose checks add beside {@code docker-compose.yml} stay in step with it and the Dockerfile. */
class ComposeCiFilesTest {

    private final Path root = Repository.root();
    private final Path ci = root.resolve(".ci/compose");

    @Test
    void theCiServiceImageRunsExactlyAsTheDockerfilesLastStage() throws Exception {
        List<String> dockerfile = lastStage(root.resolve("Dockerfile"));
        List<String> ciImage = lastStage(ci.resolve("app.Dockerfile"));

        assertThat(withoutCopies(ciImage)).isEqualTo(withoutCopies(dockerfile));
        assertThat(dockerfile).contains("COPY --from=build /app /app");
        assertThat(ciImage).contains("COPY oxidation-launcher.jar /app/oxidation-launcher.jar", "COPY lib /app/lib");
    }

    @Test
    void theOverridesOnlyChangeWhatTheyMustAndBuildFromFilesThatExist() throws Exception {
        ComposeFile compose = ComposeFile.repository();
        JsonNode feeds = yaml(ci.resolve("docker-compose.feeds.yml")).path("services");
        JsonNode local = yaml(ci.resolve("docker-compose.ci.yml")).path("services");

        Set<String> ingestKeys = new TreeSet<>();
        feeds.path("ingest").path("environment").fieldNames().forEachRemaining(ingestKeys::add);
        assertThat(ingestKeys).as("keys the feeds override sets on ingest")
                .containsExactlyInAnyOrder("INGEST_SOURCES_FILE", "INGEST_ALLOW_HOSTS")
                .allSatisfy(key -> assertThat(compose.environment("ingest")).containsKey(key));
        assertThat(feeds.path("ingest").path("environment").path("INGEST_ALLOW_HOSTS").asText()).isEqualTo("feeds");

        for (String service : List.of("kafka", "postgres", "topics", "ingest", "classify", "store", "feeds")) {
            JsonNode build = local.path(service).path("build");
            assertThat(local.path(service).isMissingNode()).as(service + " in the CI override").isFalse();
            if (!build.isMissingNode()) {
                Path context = root.resolve(build.path("context").asText());
                assertThat(context.resolve(build.path("dockerfile").asText()).normalize()).as(service + " Dockerfile")
                        .isRegularFile();
                assertThat(context.normalize()).as(service + " builds from what Maven packaged")
                        .isEqualTo(root.resolve("launcher/target"));
            }
        }
    }

    @Test
    void theFeedsServiceServesEveryFeedFileAndTheSourcesFileNamesEachOnce() throws Exception {
        JsonNode sources = yaml(FeedItems.folder().resolve("sources.yaml")).path("sources");
        List<String> urls = new ArrayList<>();
        sources.forEach(s -> urls.add(s.path("url").asText()));
        List<String> files;
        try (Stream<Path> list = Files.list(FeedItems.folder())) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList();
        }

        assertThat(files).isNotEmpty();
        assertThat(urls).containsExactlyInAnyOrderElementsOf(files.stream().map(f -> "http://feeds:8000/" + f).toList());
        for (String file : files) {
            assertThat(FeedItems.of(FeedItems.folder().resolve(file))).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.tool()).isIn("uv", "ruff"));
        }
    }

    private static List<String> lastStage(Path dockerfile) throws Exception {
        List<String> lines = Files.readAllLines(dockerfile).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                from = i;
            }
        }
        return lines.subList(from, lines.size());
    }

    private static List<String> withoutCopies(List<String> stage) {
        return stage.stream().filter(l -> !l.startsWith("COPY ")).toList();
    }

    private static JsonNode yaml(Path file) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }
}
