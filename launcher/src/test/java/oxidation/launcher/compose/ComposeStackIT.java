package oxidation.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.DockerComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import oxidation.launcher.Main;
import oxidation.testkit.TestEnvironment;
import picocli.CommandLine;

/**
 * The compose stack for real: Testcontainers' compose support runs {@code docker-compose up --build} on the
 * repository's {@code docker-compose.yml} plus {@code .ci/compose/docker-compose.feeds.yml} (a feeds server on
 * the compose network and ingest following it), and checks through the published ports that every feed item
 * reaches the timeline once and that {@code articles.tagged} can be read from the host on 9094.
 *
 * <p>Where {@code .ci/compose/prepare} built the local images (no registry, as in CI), the CI-only
 * {@code .ci/compose/docker-compose.ci.yml} points the services at them; elsewhere the official images are
 * pulled by compose. With no Docker engine the test is skipped, except under {@code CI=true}, where it fails.
 * On machines like CI's, Testcontainers needs {@code TESTCONTAINERS_RYUK_DISABLED=true},
 * {@code TESTCONTAINERS_CHECKS_DISABLE=true} and {@code TESTCONTAINERS_HOST_OVERRIDE=localhost} ({@code .ci/run}
 * exports them with {@code DOCKER_HOST}).
 */
class ComposeStackIT {

    private static final Logger LOG = LoggerFactory.getLogger(ComposeStackIT.class);
    private static final String LOCAL_RUNTIME_IMAGE = "oxidation-ci/runtime:local";
    private static final int STORE_PORT = 8080;
    private static final int KAFKA_HOST_PORT = 9094;

    @Test
    void theStackBuiltFromTheRepositoryFillsTheTimelineFromItsFeedsAndServesTopicsToTheHost() throws Exception {
        requireEngine();
        for (int port : List.of(STORE_PORT, KAFKA_HOST_PORT)) {
            assertThat(listening(port)).as("the compose file publishes port " + port + " and something else already "
                    + "listens there").isFalse();
        }
        Path root = Repository.root();
        List<File> files = new ArrayList<>(List.of(root.resolve("docker-compose.yml").toFile(),
                root.resolve(".ci/compose/docker-compose.feeds.yml").toFile()));
        boolean localImages = localImagesPrepared();
        if (localImages) {
            files.add(root.resolve(".ci/compose/docker-compose.ci.yml").toFile());
        }
        LOG.info("compose stack on {} images: {}", localImages ? "local stand-in" : "official", files);

        List<FeedItems.Item> items = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            items.addAll(FeedItems.of(FeedItems.feed(n)));
        }
        Map<String, List<String>> expected = FeedItems.urlsByTool(items);

        long started = System.nanoTime();
        try (DockerComposeContainer<?> stack = new DockerComposeContainer<>(files)
                .withBuild(true)
                .withPull(false)
                .withRemoveVolumes(true)
                .withStartupTimeout(Duration.ofMinutes(5))
                .waitingFor("store", Wait.forLogMessage(".*store running.*", 1)
                        .withStartupTimeout(Duration.ofMinutes(3)))) {
            stack.start();
            LOG.info("compose stack: up to store running in {} s", seconds(started));

            StoreApi api = new StoreApi("http://localhost:" + STORE_PORT);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                for (Map.Entry<String, List<String>> tool : expected.entrySet()) {
                    StoreApi.ToolView view = api.tool(tool.getKey());
                    Map<String, Long> listed = view.articleUrls().stream()
                            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                    for (String url : tool.getValue()) {
                        assertThat(listed.get(url)).as(tool.getKey() + " article " + url + " listed once").isEqualTo(1L);
                    }
                    assertThat(view.timelineTotal()).as(tool.getKey() + " timeline total")
                            .isEqualTo(view.articleUrls().size());
                }
            });
            LOG.info("compose stack: up to every feed item on the timeline in {} s", seconds(started));

            StringWriter out = new StringWriter();
            CommandLine tail = Main.commandLine();
            tail.setOut(new PrintWriter(out, true));
            assertThat(tail.execute("tail", "articles.tagged", "--from-beginning", "--max", Integer.toString(items.size()),
                    "--bootstrap-server", "localhost:" + KAFKA_HOST_PORT)).isZero();
            assertThat(out.toString().lines().filter(line -> line.contains("posts.oxidation.invalid")).count())
                    .as("tagged articles read from the host listener").isPositive();
        }
        LOG.info("compose stack: up, checked and down in {} s", seconds(started));
    }

    /** Skips the test where no Docker engine answers; under CI, fails instead. */
    private static void requireEngine() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return;
        }
        String reason = "no Docker engine answers (DOCKER_HOST=" + System.getenv("DOCKER_HOST") + "): the compose stack "
                + "test needs one (.ci/compose/prepare starts one and builds the local images)";
        if (TestEnvironment.underCi()) {
            Assertions.fail(reason);
        }
        Assumptions.abort(reason);
    }

    private static boolean localImagesPrepared() {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(LOCAL_RUNTIME_IMAGE).exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }
}
