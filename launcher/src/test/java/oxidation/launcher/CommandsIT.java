package oxidation.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oxidation.events.ArticleId;
import oxidation.events.ArticleKind;
import oxidation.events.CanonicalUrl;
import oxidation.events.JsonCodec;
import oxidation.events.RawArticle;
import oxidation.events.Topics;
import oxidation.testkit.KafkaTestClient;
import oxidation.testkit.SharedData;
import oxidation.testkit.SharedKafka;
import oxidation.testkit.TestHttpServer;
import oxidation.testkit.TestTopics;
import picocli.CommandLine;

/** The CLI's commands through their real paths: files, a local HTTP server and the shared broker. */
class CommandsIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void tagPrintsTheToolsOfEachFile(@TempDir Path dir) throws Exception {
        Path uv = SharedData.path("corpus/dev/dev_010_real_uv_changelog.md");
        Path bears = SharedData.path("corpus/dev/dev_031_polar_bear_sea_ice.md");

        assertThat(run("tag", uv.toString(), bears.toString())).isZero();

        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("file").asText()).isEqualTo(uv.toString());
        assertThat(toolsOf(lines.get(0))).contains("uv");
        assertThat(lines.get(0).path("catalog").asText()).isNotBlank();
        assertThat(toolsOf(lines.get(1))).isEmpty();
        assertThat(lines.get(1).path("rust_in_python").asBoolean()).isFalse();

        Path missing = dir.resolve("missing.md");
        assertThat(run("tag", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.md").contains("cannot read");
    }

    @Test
    void feedParseGivesOneLinePerInputAndExitTwoWhenOneFails(@TempDir Path dir) throws Exception {
        Path feed = SharedData.path("fixtures/feeds/wellformed").resolve("rome-atom_1.0_b.xml");
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<html><body>not a feed</body></html>");

        int code = run("feed", "parse", feed.toString(), broken.toString());

        List<JsonNode> lines = jsonLines();
        assertThat(code).isEqualTo(2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("entries").size()).isPositive();
        assertThat(lines.get(0).path("entries").get(0).path("url").asText())
                .isEqualTo("http://example.org/tests/base/result.html");
        assertThat(lines.get(1).path("file").asText()).endsWith("broken.xml");
        assertThat(lines.get(1).path("error").asText()).isNotBlank();
    }

    @Test
    void feedParseShowsTheVersionsAndDatesOfALocalChangelog() throws Exception {
        Path changelog = SharedData.path("fixtures/changelogs/orjson.md");

        assertThat(run("feed", "parse", changelog.toString())).isZero();

        JsonNode line = jsonLines().get(0);
        assertThat(line.path("error").isMissingNode()).as(line.toString()).isTrue();
        assertThat(line.path("entries").get(0).path("release").path("version").asText()).isEqualTo("3.11.8");
        assertThat(line.path("entries").get(0).path("published").asText()).startsWith("2026-03-31");
    }

    @Test
    void extractPrintsTheMainTextOfAFixturePage() throws Exception {
        Path page = SharedData.path("fixtures/extraction/readability-wordpress/source.html");

        assertThat(run("extract", "--json", page.toString())).isZero();

        JsonNode line = jsonLines().get(0);
        assertThat(line.path("text").asText().length()).isGreaterThan(500);
        assertThat(line.path("file").asText()).endsWith("source.html");
    }

    @Test
    void sourcesCheckFetchesThroughIngestRulesAndRefusesLoopbackUnlessAllowed() {
        try (TestHttpServer server = TestHttpServer.start()) {
            server.text("/feed.xml", """
                    <rss version="2.0"><channel><title>t</title><link>https://x.org/</link>
                    <item><title>uv 0.5 is out</title><link>https://x.org/uv-05</link></item></channel></rss>
                    """, "application/rss+xml");
            String url = server.uri("/feed.xml").toString();

            assertThat(run("sources", "check", url)).isEqualTo(2);
            assertThat(server.hits("/feed.xml")).as("a refused address is never fetched").isZero();

            assertThat(run("sources", "check", "--allow-host", "127.0.0.1", url)).isZero();
            assertThat(jsonLines().get(0).path("entries").get(0).path("title").asText()).isEqualTo("uv 0.5 is out");
        }
    }

    @Test
    void sourcesAddListExportAndRemoveGoThroughTheTopic() {
        TestTopics topics = TestTopics.create();
        String[] broker = {"--bootstrap-server", SharedKafka.bootstrapServers(), "--prefix", topics.prefix()};

        assertThat(run(concat(new String[] {"sources", "add", "https://astral.sh/blog/rss.xml"}, broker))).isZero();
        assertThat(run(concat(new String[] {"sources", "add", "https://github.com/astral-sh/uv/releases.atom",
            "--kind", "github-releases", "--tool", "uv", "--id", "uv-releases"}, broker))).isZero();

        assertThat(run(concat(new String[] {"sources", "list"}, broker))).isZero();
        assertThat(out.toString()).contains("astral-sh-blog-rss-xml").contains("uv-releases")
                .contains("github-releases").contains("not polled yet");

        assertThat(run(concat(new String[] {"sources", "export-opml"}, broker))).isZero();
        assertThat(out.toString()).contains("<opml").contains("https://astral.sh/blog/rss.xml");

        assertThat(run(concat(new String[] {"sources", "remove", "uv-releases"}, broker))).isZero();
        assertThat(run(concat(new String[] {"sources", "list"}, broker))).isZero();
        assertThat(out.toString()).doesNotContain("uv-releases");

        assertThat(run(concat(new String[] {"sources", "remove", "nope"}, broker))).isEqualTo(2);
        assertThat(err.toString()).contains("no source with id 'nope'");
    }

    @Test
    void replayReTagsEveryRawArticle() {
        TestTopics topics = TestTopics.create();
        List<RawArticle> articles = IntStream.range(0, 25).mapToObj(CommandsIT::article).toList();
        try (KafkaTestClient client = new KafkaTestClient()) {
            client.sendAll(topics.of(Topics.ARTICLES_RAW), articles.stream()
                    .map(a -> Map.entry(a.id(), a)).toList());

            int code = run("replay", "--bootstrap-server", SharedKafka.bootstrapServers(), "--prefix", topics.prefix());

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("re-tagged 25 articles");
            assertThat(err.toString()).contains("25/25").contains("100%");
            var tagged = client.read(topics.of(Topics.ARTICLES_TAGGED), 25, Duration.ofSeconds(60));
            assertThat(tagged.stream().map(r -> r.key()).collect(Collectors.toSet()))
                    .isEqualTo(articles.stream().map(RawArticle::id).collect(Collectors.toSet()));
            assertThat(tagged).allSatisfy(r -> assertThat(r.value().tags()).extracting(t -> t.tool()).contains("ruff"));
        }
    }

    private static RawArticle article(int i) {
        String url = "https://blog.example/ruff-" + i;
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), url, CanonicalUrl.of(url), "blog", ArticleKind.POST,
                "Switching to Ruff, part " + i, null, Instant.parse("2025-03-01T00:00:00Z"), null, Instant.now(),
                null, "We replaced flake8 and black with ruff check and ruff format in CI.", "en", null);
    }

    private List<JsonNode> jsonLines() {
        return out.toString().lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JsonCodec.mapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
    }

    private static Set<String> toolsOf(JsonNode line) {
        return java.util.stream.StreamSupport.stream(line.path("tools").spliterator(), false)
                .map(t -> t.path("id").asText()).collect(Collectors.toSet());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
