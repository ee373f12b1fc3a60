package oxidation.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import oxidation.classify.service.ClassifyConfig;
import oxidation.ingest.IngestConfig;
import oxidation.store.StoreConfig;

/** What {@code docker-compose config} does not check: the compose file agrees with the code. */
class ComposeFileTest {

    /** Read by the launcher for every service container, beside the service's own configuration. */
    private static final Set<String> LAUNCHER_KEYS = Set.of("OXIDATION_HEALTH_FILE");

    private static Path root;
    private static JsonNode services;

    @BeforeAll
    static void readComposeFile() throws Exception {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) {
            root = root.getParent();
        }
        services = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("docker-compose.yml").toFile())
                .path("services");
    }

    @Test
    void eachServiceSetsExactlyTheKeysItsConfigurationReads() {
        assertThat(envKeys("ingest")).isEqualTo(keysReadBy(env -> IngestConfig.fromEnv(env)));
        assertThat(envKeys("classify")).isEqualTo(keysReadBy(env -> ClassifyConfig.fromEnv(env)));
        assertThat(envKeys("store")).isEqualTo(keysReadBy(env -> StoreConfig.fromEnv(env)));
    }

    @Test
    void everyBuildContextAndDockerfileExists() {
        services.properties().forEach(service -> {
            JsonNode build = service.getValue().path("build");
            if (!build.isMissingNode()) {
                Path context = root.resolve(build.path("context").asText("."));
                assertThat(context).as(service.getKey() + " build context").isDirectory();
                assertThat(context.resolve(build.path("dockerfile").asText("Dockerfile")))
                        .as(service.getKey() + " Dockerfile").isRegularFile();
            }
        });
    }

    @Test
    void addressesNameTheRightServices() {
        for (String name : Set.of("topics", "ingest", "classify", "store")) {
            assertThat(env(name).path("KAFKA_BOOTSTRAP_SERVERS").asText()).as(name).isEqualTo("kafka:9092");
        }
        assertThat(env("store").path("STORE_JDBC_URL").asText()).startsWith("jdbc:postgresql://postgres:5432/")
                .endsWith("/" + env("postgres").path("POSTGRES_DB").asText());
        assertThat(env("store").path("STORE_JDBC_USER").asText()).isEqualTo(env("postgres").path("POSTGRES_USER").asText());
        assertThat(env("store").path("STORE_JDBC_PASSWORD").asText())
                .isEqualTo(env("postgres").path("POSTGRES_PASSWORD").asText());
        assertThat(env("kafka").path("KAFKA_ADVERTISED_LISTENERS").asText()).contains("PLAINTEXT://kafka:9092")
                .contains("localhost:9094");
        assertThat(services.path("kafka").path("ports").toString()).contains("9094:9094");
        assertThat(services.path("store").path("ports").toString())
                .contains(env("store").path("STORE_HTTP_PORT").asText() + ":");
    }

    @Test
    void longRunningServicesHaveHealthchecksAndWaitForWhatTheyNeed() {
        for (String name : Set.of("kafka", "postgres", "ingest", "classify", "store")) {
            assertThat(services.path(name).path("healthcheck").path("test").isMissingNode()).as(name + " healthcheck")
                    .isFalse();
        }
        assertThat(condition("topics", "kafka")).isEqualTo("service_healthy");
        for (String name : Set.of("ingest", "classify", "store")) {
            assertThat(condition(name, "topics")).as(name).isEqualTo("service_completed_successfully");
            assertThat(services.path(name).path("environment").path("OXIDATION_HEALTH_FILE").asText())
                    .as(name + " writes the file its healthcheck reads")
                    .isNotBlank().satisfies(file -> assertThat(services.path(name).path("healthcheck").toString())
                            .contains(file));
        }
        assertThat(condition("store", "postgres")).isEqualTo("service_healthy");
    }

    private static String condition(String service, String dependency) {
        return services.path(service).path("depends_on").path(dependency).path("condition").asText(null);
    }

    private static JsonNode env(String service) {
        return services.path(service).path("environment");
    }

    private static Set<String> envKeys(String service) {
        Set<String> keys = new TreeSet<>();
        env(service).fieldNames().forEachRemaining(keys::add);
        keys.removeAll(LAUNCHER_KEYS);
        return keys;
    }

    /** The environment keys a configuration reads, recorded by running it on an empty environment. */
    private static Set<String> keysReadBy(Consumer<Map<String, String>> config) {
        Set<String> read = new HashSet<>();
        Map<String, String> recording = new AbstractMap<>() {
            private final Map<String, String> empty = new HashMap<>();

            @Override
            public String get(Object key) {
                read.add((String) key);
                return null;
            }

            @Override
            public String getOrDefault(Object key, String fallback) {
                read.add((String) key);
                return fallback;
            }

            @Override
            public boolean containsKey(Object key) {
                read.add((String) key);
                return false;
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                return empty.entrySet();
            }
        };
        config.accept(recording);
        return new TreeSet<>(read);
    }
}
